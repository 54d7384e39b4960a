/** A single-spa lifecycle: one function or an array run in order. */
export type LifecycleFn = (props: Record<string, unknown>) => Promise<unknown>;
export type Lifecycle = LifecycleFn | LifecycleFn[];

export interface Lifecycles {
  bootstrap?: Lifecycle;
  mount: Lifecycle;
  unmount: Lifecycle;
}

function isLifecycle(value: unknown): value is Lifecycle {
  return (
    typeof value === 'function' ||
    (Array.isArray(value) && value.every((fn) => typeof fn === 'function'))
  );
}

function hasLifecycles(value: unknown): value is Lifecycles {
  const candidate = value as Partial<Lifecycles> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    isLifecycle(candidate.mount) &&
    isLifecycle(candidate.unmount) &&
    (candidate.bootstrap === undefined || isLifecycle(candidate.bootstrap))
  );
}

/** The lifecycles an exposed module offers, as named exports or as its default export. */
export function toLifecycles(module: unknown, id: string): Lifecycles {
  if (hasLifecycles(module)) return module;
  const fallback = (module as { default?: unknown } | null)?.default;
  if (hasLifecycles(fallback)) return fallback;
  throw new TypeError(`${id} does not export single-spa lifecycles (mount, unmount)`);
}

export async function runLifecycle(
  lifecycle: Lifecycle | undefined,
  props: Record<string, unknown>,
): Promise<void> {
  const steps = lifecycle === undefined ? [] : Array.isArray(lifecycle) ? lifecycle : [lifecycle];
  for (const step of steps) await step(props);
}
