import type { ArticleRecord, ArticlesState } from './articles.js';
import { currentRevision } from './articles.js';

/** Live articles newest first, overall and per section. */
export interface OrderedArticles {
  all: ArticleRecord[];
  bySection: Map<string, ArticleRecord[]>;
}

// bySlug is filled in offset order and never re-inserted into, so its
// insertion order is publication order: reversing it needs no sort.
function build(state: ArticlesState): OrderedArticles {
  const all = [...state.bySlug.values()].filter((article) => !article.retracted).reverse();
  const bySection = new Map<string, ArticleRecord[]>();
  for (const article of all) {
    const section = currentRevision(article).section;
    const list = bySection.get(section);
    if (list) list.push(article);
    else bySection.set(section, [article]);
  }
  return { all, bySection };
}

/**
 * Sorting on every read would cost O(n log n) per request; this rebuilds the
 * order only when the state has changed since the last read.
 */
export function createOrderedIndex(state: () => ArticlesState): () => OrderedArticles {
  let cached: { version: number; ordered: OrderedArticles } | undefined;
  return () => {
    const current = state();
    if (cached?.version !== current.version) {
      cached = { version: current.version, ordered: build(current) };
    }
    return cached.ordered;
  };
}
