import type { createInstance, ModuleFederationRuntimePlugin } from '@module-federation/runtime';

/** What the shell needs from Module Federation; tests pass a fake. */
export interface RemoteRuntime {
  /**
   * Points `remote` at `entry` (an `mf-manifest.json` URL). `fresh` drops whatever the runtime
   * cached for the remote (manifest, entry script, container) so a retry really refetches.
   */
  use(remote: string, entry: string, fresh: boolean): void;
  /** Loads an exposed module, e.g. `load('tessera_search', './app')`. */
  load(remote: string, expose: string): Promise<unknown>;
}

/**
 * Makes manifest fetches fail on HTTP errors. Without it a 404 with a JSON body reaches the
 * manifest validation, whose failure the runtime caches for the URL, so retries never refetch.
 */
export function strictFetchPlugin(fetchImpl: typeof fetch): ModuleFederationRuntimePlugin {
  return {
    name: 'tessera-strict-fetch',
    async fetch(url, init) {
      const response = await fetchImpl(url, init);
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
      return response;
    },
  };
}

/** The two calls of a ModuleFederation instance the adapter makes. */
export interface FederationInstance {
  registerRemotes(remotes: { name: string; entry: string }[], options: { force: boolean }): void;
  loadRemote(id: string): Promise<unknown>;
}

export function mfRemoteRuntime(
  instance: FederationInstance,
  initial: readonly { name: string; entry: string }[],
): RemoteRuntime {
  const entries = new Map(initial.map((remote) => [remote.name, remote.entry]));
  return {
    use(remote, entry, fresh) {
      if (!fresh && entries.get(remote) === entry) return;
      instance.registerRemotes([{ name: remote, entry }], { force: true });
      entries.set(remote, entry);
    },
    async load(remote, expose) {
      const id = `${remote}/${expose.replace(/^\.\//, '')}`;
      const module = await instance.loadRemote(id);
      if (module === null || module === undefined) throw new Error(`${id} loaded nothing`);
      return module;
    },
  };
}

/**
 * The page's one Module Federation instance. The shell declares no shared modules, and
 * 'loaded-first' never fetches other remotes' entries to compare versions at start-up.
 */
export function createMfRuntime(
  create: typeof createInstance,
  remotes: readonly { name: string; entry: string }[],
  plugins: ModuleFederationRuntimePlugin[],
): RemoteRuntime {
  const instance = create({
    name: 'tessera_shell',
    // Copies: the runtime rewrites `entry` to an absolute URL in place.
    remotes: remotes.map((remote) => ({ ...remote })),
    shareStrategy: 'loaded-first',
    plugins,
  });
  return mfRemoteRuntime(instance, remotes);
}
