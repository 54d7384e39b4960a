import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: unknown };

/**
 * Loads what `load` fetches whenever `key` changes (or `reload` is called), aborting the
 * previous request, and says where it stands: loading, ready or failed.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, () => void] {
  const [state, setState] = useState<{ key: string; resource: Resource<T> }>({
    key,
    resource: { status: 'loading' },
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState((current) =>
      current.key === key && current.resource.status === 'ready'
        ? current
        : { key, resource: { status: 'loading' } },
    );
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, resource: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, resource: { status: 'failed', error } });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` names what it loads, so it alone is the dependency.
  }, [key, generation]);

  return [state.key === key ? state.resource : { status: 'loading' }, reload];
}
