import type { EventEnvelope } from '@tessera/log';
import type { ArticlePublished, ArticleRetracted, ArticleRevised } from '@tessera/log/schemas';
import type { SearchIndex } from './search-index.js';

/** Folds one article event into the index; the log has validated `data` already. */
export function applyArticleEvent(index: SearchIndex, event: EventEnvelope): SearchIndex {
  switch (event.type) {
    case 'article.published':
      index.publish(event.data as ArticlePublished);
      break;
    case 'article.revised':
      index.revise(event.data as ArticleRevised);
      break;
    case 'article.retracted':
      index.retract(event.data as ArticleRetracted);
      break;
  }
  return index;
}
