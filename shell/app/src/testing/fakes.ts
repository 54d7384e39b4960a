import type { Lifecycles } from '../lifecycles.js';
import type { RemoteRuntime } from '../remote-runtime.js';

export interface FakeRuntime extends RemoteRuntime {
  uses: { remote: string; entry: string; fresh: boolean }[];
  loads: { remote: string; entry: string; expose: string }[];
}

/** A Module Federation stand-in: `behaviour` decides what loading an expose from an entry does. */
export function fakeRuntime(
  behaviour: (entry: string, expose: string) => Promise<unknown>,
): FakeRuntime {
  const entries = new Map<string, string>();
  const uses: FakeRuntime['uses'] = [];
  const loads: FakeRuntime['loads'] = [];
  return {
    uses,
    loads,
    use(remote, entry, fresh) {
      uses.push({ remote, entry, fresh });
      entries.set(remote, entry);
    },
    load(remote, expose) {
      const entry = entries.get(remote) ?? '(unregistered)';
      loads.push({ remote, entry, expose });
      return behaviour(entry, expose);
    },
  };
}

export interface FakeApp extends Lifecycles {
  calls: string[];
  props: Record<string, unknown>[];
}

/** Remote lifecycles that render `text` into the element they are given. */
export function fakeApp(text: string): FakeApp {
  const calls: string[] = [];
  const props: Record<string, unknown>[] = [];
  return {
    calls,
    props,
    async bootstrap() {
      calls.push('bootstrap');
    },
    async mount(given) {
      calls.push('mount');
      props.push(given);
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      (given.domElement as HTMLElement).append(paragraph);
    },
    async unmount(given) {
      calls.push('unmount');
      (given.domElement as HTMLElement).replaceChildren();
    },
  };
}
