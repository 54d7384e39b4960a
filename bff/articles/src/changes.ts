import type { EventEnvelope } from '@tessera/log';
import type { Change } from './contract/index.js';
import { currentRevision, type ArticlesState } from './projection/articles.js';

export type ChangeListener = (change: Change) => void;

export interface ChangeFeed {
  /** Records a change and tells every listener. */
  publish(change: Change): void;
  /** Listens from now on; returns the function that stops listening. */
  subscribe(listener: ChangeListener): () => void;
  /** Recent changes after `offset`, for a client resuming with Last-Event-ID. */
  since(offset: number): Change[];
}

/**
 * Fan-out of article changes to live listeners, keeping the last `keep`
 * so a briefly disconnected banner misses nothing.
 */
export function createChangeFeed(keep = 500): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  const recent: Change[] = [];
  return {
    publish(change) {
      recent.push(change);
      if (recent.length > keep) recent.shift();
      // A listener is a client socket; one failing must not stop the others or the fold.
      for (const listener of listeners) {
        try {
          listener(change);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    since(offset) {
      return recent.filter((change) => change.offset > offset);
    },
  };
}

const KINDS: Record<string, Change['kind']> = {
  'article.published': 'published',
  'article.revised': 'revised',
  'article.retracted': 'retracted',
};

/**
 * The change an applied event made, read from the state after the fold; none
 * when the fold ignored it (a duplicate slug, an unknown or retracted article).
 */
export function changeOf(
  before: number,
  state: ArticlesState,
  event: EventEnvelope,
): Change | undefined {
  const kind = KINDS[event.type];
  if (!kind || state.version === before) return undefined;
  const { articleId } = event.data as { articleId: string };
  const slug = state.slugById.get(articleId);
  const article = slug === undefined ? undefined : state.bySlug.get(slug);
  if (!article) return undefined;
  const { title, section } = currentRevision(article);
  return { kind, slug: article.slug, title, section, offset: event.offset, time: event.time };
}
