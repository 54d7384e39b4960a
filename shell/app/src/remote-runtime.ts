import type { createInstance, ModuleFederationRuntimePlugin } from '@module-federation/runtime';
import type { RemoteEntry } from './remote-entries.js';

/** What the shell needs from Module Federation; tests pass a fake. */
export interface RemoteRuntime {
  /**
   * Points `remote` at the release whose `mf-manifest.json` is at `manifest`. `fresh` drops
   * whatever the runtime cached for the remote (entry script, container) so a retry really
   * refetches.
   */
  use(remote: string, manifest: string, fresh: boolean): void;
  /** Loads an exposed module, e.g. `load('tessera_search', './app')`. */
  load(remote: string, expose: string): Promise<unknown>;
}

/** The two calls of a ModuleFederation instance the adapter makes. */
export interface FederationInstance {
  registerRemotes(remotes: { name: string; entry: string }[], options: { force: boolean }): void;
  loadRemote(id: string): Promise<unknown>;
}

export interface RemoteRuntimeOptions {
  /** A release's entry by its manifest URL. */
  entryOf(manifest: string): Promise<RemoteEntry>;
  /** Asks the browser for files a load is about to need. */
  preload(urls: readonly string[]): void;
}

/**
 * Registers each remote by its `remoteEntry.js` URL (read from the release's manifest) right
 * before a load, and preloads the exposed module's files beside the entry.
 */
export function mfRemoteRuntime(
  instance: FederationInstance,
  { entryOf, preload }: RemoteRuntimeOptions,
): RemoteRuntime {
  const wanted = new Map<string, { manifest: string; fresh: boolean }>();
  const registered = new Map<string, string>();
  return {
    use(remote, manifest, fresh) {
      wanted.set(remote, { manifest, fresh });
    },
    async load(remote, expose) {
      const want = wanted.get(remote);
      if (!want) throw new Error(`${remote} was loaded before a release was chosen for it`);
      const { entry, exposes } = await entryOf(want.manifest);
      preload(exposes.get(expose) ?? []);
      if (want.fresh || registered.get(remote) !== entry) {
        instance.registerRemotes([{ name: remote, entry }], { force: true });
        registered.set(remote, entry);
        want.fresh = false;
      }
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
  plugins: ModuleFederationRuntimePlugin[],
  options: RemoteRuntimeOptions,
): RemoteRuntime {
  const instance = create({
    name: 'tessera_shell',
    remotes: [],
    shareStrategy: 'loaded-first',
    plugins,
  });
  return mfRemoteRuntime(instance, options);
}
