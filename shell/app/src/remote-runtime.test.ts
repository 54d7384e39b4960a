import { describe, expect, it, vi } from 'vitest';
import type { RemoteEntry } from './remote-entries.js';
import { createMfRuntime, mfRemoteRuntime } from './remote-runtime.js';

function fakeInstance(module: unknown = { mount() {}, unmount() {} }) {
  return {
    registerRemotes: vi.fn(),
    loadRemote: vi.fn(async () => module),
  };
}

const V1 = '/assets/search/1/mf-manifest.json';
const V0 = '/assets/search/0/mf-manifest.json';
const entryUrl = (manifest: string) => `https://x${manifest.replace('mf-manifest.json', 'e.js')}`;

function setup(module?: unknown) {
  const instance = fakeInstance(module);
  const preloaded: string[][] = [];
  const entryOf = vi.fn(async (manifest: string): Promise<RemoteEntry> => ({
    entry: entryUrl(manifest),
    exposes: new Map([['./search-box', [`${manifest}#box.js`]]]),
  }));
  const runtime = mfRemoteRuntime(instance, {
    entryOf,
    preload: (urls) => preloaded.push([...urls]),
  });
  return { instance, runtime, preloaded, entryOf };
}

describe('the Module Federation adapter', () => {
  it("registers the release's entry once, then loads by it", async () => {
    const { instance, runtime } = setup();
    runtime.use('tessera_search', V1, false);
    await runtime.load('tessera_search', './app');
    runtime.use('tessera_search', V1, false);
    await runtime.load('tessera_search', './search-box');
    expect(instance.registerRemotes.mock.calls).toEqual([
      [[{ name: 'tessera_search', entry: entryUrl(V1) }], { force: true }],
    ]);
    expect(instance.loadRemote.mock.calls).toEqual([
      ['tessera_search/app'],
      ['tessera_search/search-box'],
    ]);
  });

  it('re-registers the remote, forced, for another release or a fresh start', async () => {
    const { instance, runtime } = setup();
    for (const [manifest, fresh] of [
      [V1, false],
      [V0, false],
      [V0, true],
    ] as const) {
      runtime.use('tessera_search', manifest, fresh);
      await runtime.load('tessera_search', './app');
    }
    expect(instance.registerRemotes.mock.calls.map(([[remote]]) => remote!.entry)).toEqual([
      entryUrl(V1),
      entryUrl(V0),
      entryUrl(V0),
    ]);
  });

  it("preloads the expose's files beside the entry", async () => {
    const { runtime, preloaded } = setup();
    runtime.use('tessera_search', V1, false);
    await runtime.load('tessera_search', './search-box');
    await runtime.load('tessera_search', './app');
    expect(preloaded).toEqual([[`${V1}#box.js`], []]);
  });

  it('fails a load whose entry cannot be found, or before a release was chosen', async () => {
    const { instance, runtime, entryOf } = setup();
    await expect(runtime.load('tessera_search', './app')).rejects.toThrow(
      'tessera_search was loaded before a release was chosen for it',
    );
    entryOf.mockRejectedValueOnce(new Error('GET answered 404'));
    runtime.use('tessera_search', V1, false);
    await expect(runtime.load('tessera_search', './app')).rejects.toThrow('404');
    expect(instance.loadRemote).not.toHaveBeenCalled();
  });

  it('refuses an empty result', async () => {
    const { runtime } = setup(null);
    runtime.use('r', V1, false);
    await expect(runtime.load('r', './app')).rejects.toThrow('r/app loaded nothing');
  });

  it('creates the shell instance without remotes or shared modules', () => {
    const create = vi.fn(() => fakeInstance());
    const plugins = [{ name: 'p' }];
    createMfRuntime(create as never, plugins, { entryOf: vi.fn(), preload: vi.fn() });
    expect(create).toHaveBeenCalledWith({
      name: 'tessera_shell',
      remotes: [],
      shareStrategy: 'loaded-first',
      plugins,
    });
  });
});
