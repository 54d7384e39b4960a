#!/usr/bin/env node
// `pnpm admin <command>`: one-off admin processes (seed, generate, create-user).
// The entry file: it alone reads the environment, then hands plain options to runAdmin.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const DEFAULT_LOG_URL = 'sqlite:.data/log.db';

/** A relative sqlite: path becomes absolute, so child processes in other folders share the file. */
function resolveLogUrl(url, cwd) {
  if (!url.startsWith('sqlite:')) return url;
  const path = url.slice('sqlite:'.length);
  if (path === '' || path === ':memory:') return url;
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  mkdirSync(dirname(absolute), { recursive: true });
  return `sqlite:${absolute}`;
}

function runLoginAdmin(args, env) {
  const pnpm = env.npm_execpath ? [process.execPath, env.npm_execpath] : ['pnpm'];
  const child = spawn(
    pnpm[0],
    [...pnpm.slice(1), '--silent', '--filter', '@tessera/bff-login', 'admin', ...args],
    { stdio: 'inherit', env },
  );
  return new Promise((done) => {
    child.on('error', (error) => {
      console.error(`pnpm admin: cannot start pnpm (${error.message}); is pnpm on PATH?`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const logUrl = resolveLogUrl(process.env.EVENT_LOG_URL || DEFAULT_LOG_URL, process.cwd());
const { runAdmin } = await tsImport('../bff/newsroom/src/cli/admin.ts', import.meta.url);
process.exitCode = await runAdmin({
  argv: process.argv.slice(2),
  logUrl,
  runLoginAdmin: (args) => runLoginAdmin(args, { ...process.env, EVENT_LOG_URL: logUrl }),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
