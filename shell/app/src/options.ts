import type { RetryOptions } from './retry.js';

export interface ShellOptions {
  /** Per try of loading one exposed module (manifest, remote entry and chunks). */
  loadTimeoutMs: number;
  /** Per bootstrap and per mount of one app or parcel. */
  mountTimeoutMs: number;
  retry: RetryOptions;
}

export const defaultShellOptions: ShellOptions = {
  loadTimeoutMs: 10_000,
  mountTimeoutMs: 5_000,
  retry: { attempts: 3, baseDelayMs: 200, maxDelayMs: 2_000 },
};

/** `"load=2000, mount=500"` → `{ load: 2000, mount: 500 }`; ignores anything not a number ≥ 0. */
export function parseNumbers(content: string): Record<string, number> {
  const result: Record<string, number> = {};
  for (const pair of content.split(/[,;]/)) {
    const [key, raw] = pair.split('=').map((part) => part.trim());
    const value = Number(raw);
    if (key && raw && Number.isFinite(value) && value >= 0) result[key] = value;
  }
  return result;
}

function metaContent(doc: Document, name: string): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
}

/**
 * Defaults, overridden by `<meta name="tessera-timeouts" content="load=…, mount=…">` and
 * `<meta name="tessera-retry" content="attempts=…, base=…, max=…">`, which the edge may add
 * (tests use them to fail fast).
 */
export function readShellOptions(doc: Document, defaults = defaultShellOptions): ShellOptions {
  const timeouts = parseNumbers(metaContent(doc, 'tessera-timeouts'));
  const retry = parseNumbers(metaContent(doc, 'tessera-retry'));
  return {
    loadTimeoutMs: timeouts.load ?? defaults.loadTimeoutMs,
    mountTimeoutMs: timeouts.mount ?? defaults.mountTimeoutMs,
    retry: {
      attempts: Math.max(1, Math.floor(retry.attempts ?? defaults.retry.attempts)),
      baseDelayMs: retry.base ?? defaults.retry.baseDelayMs,
      maxDelayMs: retry.max ?? defaults.retry.maxDelayMs,
    },
  };
}
