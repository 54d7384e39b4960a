import { describe, expect, it, vi } from 'vitest';
import { createMfRuntime, mfRemoteRuntime, strictFetchPlugin } from './remote-runtime.js';

function fakeInstance(module: unknown = { mount() {}, unmount() {} }) {
  return {
    registerRemotes: vi.fn(),
    loadRemote: vi.fn(async () => module),
  };
}

const initial = [{ name: 'tessera_search', entry: '/assets/search/1/mf-manifest.json' }];

describe('the Module Federation adapter', () => {
  it('leaves a remote alone when asked for the entry it already has', () => {
    const instance = fakeInstance();
    mfRemoteRuntime(instance, initial).use('tessera_search', initial[0]!.entry, false);
    expect(instance.registerRemotes).not.toHaveBeenCalled();
  });

  it('re-registers the remote, forced, for another entry or a fresh start', () => {
    const instance = fakeInstance();
    const runtime = mfRemoteRuntime(instance, initial);
    runtime.use('tessera_search', '/assets/search/0/mf-manifest.json', false);
    runtime.use('tessera_search', '/assets/search/0/mf-manifest.json', true);
    expect(instance.registerRemotes.mock.calls).toEqual([
      [[{ name: 'tessera_search', entry: '/assets/search/0/mf-manifest.json' }], { force: true }],
      [[{ name: 'tessera_search', entry: '/assets/search/0/mf-manifest.json' }], { force: true }],
    ]);
  });

  it('loads "<remote>/<expose>" and refuses an empty result', async () => {
    const instance = fakeInstance();
    const runtime = mfRemoteRuntime(instance, initial);
    await runtime.load('tessera_search', './search-box');
    expect(instance.loadRemote).toHaveBeenCalledWith('tessera_search/search-box');
    await expect(mfRemoteRuntime(fakeInstance(null), initial).load('r', './app')).rejects.toThrow(
      'r/app loaded nothing',
    );
  });

  it('creates the shell instance without shared modules, on copies of the remotes', () => {
    const create = vi.fn((options: { remotes: { entry: string }[] }) => {
      options.remotes[0]!.entry = 'http://rewritten/';
      return fakeInstance();
    });
    createMfRuntime(create as never, initial, []);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'tessera_shell', shareStrategy: 'loaded-first' }),
    );
    expect(create.mock.calls[0]![0]).not.toHaveProperty('shared');
    expect(initial[0]!.entry).toBe('/assets/search/1/mf-manifest.json');
  });

  it('fails manifest fetches on HTTP errors so the runtime does not cache them', async () => {
    const fetchImpl = vi.fn(async (url: string) =>
      url.endsWith('ok.json') ? new Response('{}') : new Response('{}', { status: 404 }),
    );
    const plugin = strictFetchPlugin(fetchImpl as unknown as typeof fetch);
    const fetchHook = plugin.fetch as (url: string, init: RequestInit) => Promise<Response>;
    await expect(fetchHook('/ok.json', {})).resolves.toBeInstanceOf(Response);
    await expect(fetchHook('/gone.json', {})).rejects.toThrow('answered 404');
  });
});
