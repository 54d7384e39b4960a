// Entry for Playwright's webServer: `tsx support/serve-standalone.ts <mfe> <port>`.
import { resolve } from 'node:path';
import { startStandaloneServer } from './static-server.js';

const [mfe, port] = process.argv.slice(2);
if (!mfe || !port) {
  console.error('usage: tsx support/serve-standalone.ts <mfe-dir-name> <port>');
  process.exit(2);
}
const distDir = resolve(import.meta.dirname, '..', '..', mfe, 'dist');
await startStandaloneServer({ distDir, port: Number(port) });
console.log(`${mfe} standalone on http://127.0.0.1:${port}/`);
