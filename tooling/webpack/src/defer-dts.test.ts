import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const searchDir = join(import.meta.dirname, '..', '..', '..', 'mfe-search');
const deferDts = pathToFileURL(join(import.meta.dirname, 'defer-dts.js')).href;

/** Runs an ES module script in a fresh Node, whose require cache nothing else has touched. */
async function inFreshNode(script: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: searchDir,
  });
  return JSON.parse(stdout);
}

it("creates a remote's compiler without loading the DTS plugin or its network and zip packages", async () => {
  const loaded = await inFreshNode(`
    import { createRequire } from 'node:module';
    const require = createRequire(${JSON.stringify(join(searchDir, 'package.json'))});
    const { default: config } = await import('./webpack.config.js');
    const env = { remoteOnly: true };
    require('webpack')(config(env, { mode: 'production', env }));
    // The two stand-ins (the plugin's index.js and core.js) are in the cache; nothing behind them.
    const stub = (file) => file.endsWith('/dist/index.js') || file.endsWith('/dist/core.js');
    const behind = (file) =>
      ['/undici/', '/adm-zip/', '/ws/'].some((name) => file.includes(name)) ||
      (file.includes('/dts-plugin/dist/') && !stub(file));
    console.log(JSON.stringify(Object.keys(require.cache).filter(behind)));
  `);
  expect(loaded).toEqual([]);
});

it('loads the real DTS plugin when one of its exports is read', async () => {
  const seen = await inFreshNode(`
    import { createRequire } from 'node:module';
    import { deferDtsPlugin } from ${JSON.stringify(deferDts)};
    deferDtsPlugin();
    const tooling = createRequire(${JSON.stringify(deferDts)});
    const enhanced = createRequire(tooling.resolve('@module-federation/enhanced'));
    const file = enhanced.resolve('@module-federation/dts-plugin');
    const before = Object.keys(tooling.cache).some((f) => f.includes('/undici/'));
    const plugin = enhanced('@module-federation/dts-plugin').DtsPlugin;
    const cached = Object.hasOwn(tooling.cache[file].exports, 'DtsPlugin');
    console.log(JSON.stringify({ before, plugin: typeof plugin, cached }));
  `);
  expect(seen).toEqual({ before: false, plugin: 'function', cached: true });
});
