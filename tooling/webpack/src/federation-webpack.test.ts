import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { pinFederationWebpack } from './federation-webpack.js';

const searchDir = join(import.meta.dirname, '..', '..', '..', 'mfe-search');
const before = process.env.FEDERATION_WEBPACK_PATH;
afterEach(() => {
  if (before === undefined) delete process.env.FEDERATION_WEBPACK_PATH;
  else process.env.FEDERATION_WEBPACK_PATH = before;
});

it('points the federation plugins at the webpack the package builds with', () => {
  delete process.env.FEDERATION_WEBPACK_PATH;
  pinFederationWebpack(searchDir);
  const own = createRequire(join(searchDir, 'package.json')).resolve('webpack');
  expect(process.env.FEDERATION_WEBPACK_PATH).toBe(own);
  expect(own).toMatch(/webpack[/\\]lib[/\\]index\.js$/);
});

it('keeps a path that is already set', () => {
  process.env.FEDERATION_WEBPACK_PATH = '/elsewhere/webpack/lib/index.js';
  pinFederationWebpack(searchDir);
  expect(process.env.FEDERATION_WEBPACK_PATH).toBe('/elsewhere/webpack/lib/index.js');
});
