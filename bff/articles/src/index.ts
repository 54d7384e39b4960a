export { createArticlesBff, type ArticlesBff, type ArticlesBffOptions } from './app.js';
export { articlesEnvSchema, sessionKeySource, type ArticlesEnv } from './config.js';
export { slugify } from './slug.js';
