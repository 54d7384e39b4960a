import { ServiceError, parseParams, parseQuery } from '@tessera/kit';
import type { FastifyInstance } from 'fastify';
import {
  frontPageQuerySchema,
  revisionParamsSchema,
  sectionPageQuerySchema,
  sectionParamsSchema,
  slugParamsSchema,
} from '../contract/index.js';
import { ArticlesErrors } from '../errors.js';
import { liveArticle } from '../lookup.js';
import type { RouteContext } from './context.js';

export function readRoutes(ctx: RouteContext) {
  return async function register(app: FastifyInstance) {
    app.get('/front', async (request) => {
      const query = parseQuery(request, frontPageQuerySchema);
      return ctx.views.frontPage(ctx.ordered(), query);
    });

    app.get('/sections', async () => ctx.views.sectionList(ctx.ordered()));

    app.get('/sections/:section', async (request) => {
      const { section } = parseParams(request, sectionParamsSchema);
      const query = parseQuery(request, sectionPageQuerySchema);
      const list = ctx.ordered().bySection.get(section);
      if (!list) {
        throw new ServiceError(
          ArticlesErrors.sectionNotFound,
          `The section "${section}" has no articles.`,
        );
      }
      return ctx.views.sectionPage(section, list, query);
    });

    app.get('/by-slug/:slug', async (request) => {
      const { slug } = parseParams(request, slugParamsSchema);
      return ctx.views.article(liveArticle(ctx.articles.state, slug));
    });

    app.get('/by-slug/:slug/revisions/:n', async (request) => {
      const { slug, n } = parseParams(request, revisionParamsSchema);
      const article = liveArticle(ctx.articles.state, slug);
      const revision = ctx.views.revision(article, n);
      if (!revision) {
        throw new ServiceError(
          ArticlesErrors.revisionNotFound,
          `"${slug}" has revisions 1 to ${article.revisions.length}; there is no revision ${n}.`,
        );
      }
      return revision;
    });
  };
}
