/** Polls `url` until it answers 2xx, or throws after `timeoutMs` naming the last answer. */
export function waitForHttp(
  url: string,
  options?: { timeoutMs?: number; intervalMs?: number },
): Promise<void>;
