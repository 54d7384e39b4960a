import { ServiceError } from '@tessera/kit';
import { ArticlesErrors } from './errors.js';
import type { ArticleRecord, ArticlesState } from './projection/articles.js';

/** The live article with this slug: 404 when there is none, 410 when it was retracted. */
export function liveArticle(state: ArticlesState, slug: string): ArticleRecord {
  const article = state.bySlug.get(slug);
  if (!article) {
    throw new ServiceError(ArticlesErrors.articleNotFound, `No article has the slug "${slug}".`);
  }
  if (article.retracted) {
    throw new ServiceError(
      ArticlesErrors.retracted,
      `The article "${slug}" was retracted: ${article.retracted.reason}`,
    );
  }
  return article;
}
