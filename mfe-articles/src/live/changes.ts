import { ARTICLES_API_BASE, changeSchema, type Change } from '@tessera/bff-articles/contract';

const KINDS: Change['kind'][] = ['published', 'revised', 'retracted'];

/** What `EventSource` offers that the feed uses; tests pass a fake. */
export interface ChangeSource {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** Opens the stream; `null` where the browser has no `EventSource` (the page then stays still). */
export type OpenSource = (url: string) => ChangeSource | null;

const openEventSource: OpenSource = (url) =>
  typeof EventSource === 'undefined' ? null : new EventSource(url);

/**
 * Follows the BFF's change stream (`GET /api/articles/events`) and hands each change, parsed
 * with the contract's schema, to `onChange`. The browser reconnects by itself and resumes
 * with Last-Event-ID. Returns the function that stops following.
 */
export function followChanges(
  onChange: (change: Change) => void,
  open: OpenSource = openEventSource,
): () => void {
  const source = open(`${ARTICLES_API_BASE}/events`);
  if (!source) return () => {};
  const listener = (event: MessageEvent<string>) => {
    try {
      onChange(changeSchema.parse(JSON.parse(event.data)));
    } catch {
      // A message that is not a contract `Change` carries nothing to show.
    }
  };
  for (const kind of KINDS) source.addEventListener(kind, listener);
  return () => source.close();
}
