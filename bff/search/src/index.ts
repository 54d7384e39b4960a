export { createSearchBff, type SearchBff, type SearchBffOptions } from './app.js';
export { searchEnvSchema, type SearchEnv } from './config.js';
export { searchOpenApiDocument } from './openapi.js';
export { applyArticleEvent } from './article-events.js';
export {
  ARTICLES_STREAM,
  createSearchProjection,
  type SearchProjectionOptions,
} from './projection.js';
export { createSearchIndex, type IndexedArticle, type SearchIndex } from './search-index.js';
export * from './contract.js';
