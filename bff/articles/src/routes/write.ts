import { KitErrors, ServiceError, parseBody, parseParams, type Session } from '@tessera/kit';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import {
  ARTICLES_API_BASE,
  patchRequestSchema,
  publishRequestSchema,
  replaceRequestSchema,
  retractRequestSchema,
  slugParamsSchema,
  type RetractResponse,
} from '../contract/index.js';
import type { Fields } from '../writes.js';
import type { RouteContext } from './context.js';

function sessionOf(request: FastifyRequest): Session {
  // Set by the editor hook that guards every route below.
  return request.session!;
}

/**
 * The token says what the role was at sign-in; the users stream says what it
 * is now. An editor demoted since signing in loses write access at once.
 */
function stillEditor(ctx: RouteContext): preHandlerAsyncHookHandler {
  return async (request) => {
    const known = ctx.users.state.byId.get(sessionOf(request).userId);
    if (known && known.role !== 'editor') {
      throw new ServiceError(KitErrors.forbidden, 'Only editors may do this.');
    }
  };
}

export function writeRoutes(ctx: RouteContext) {
  return async function register(app: FastifyInstance) {
    const preHandler = [ctx.verifier.requireRole('editor'), stillEditor(ctx)];

    app.post('/', { preHandler }, async (request, reply) => {
      const body = parseBody(request, publishRequestSchema);
      const article = await ctx.writer.publish(sessionOf(request), body, request.traceId);
      const answer = ctx.views.article(article);
      void reply.status(201).header('location', `${ARTICLES_API_BASE}/by-slug/${article.slug}`);
      return answer;
    });

    app.put('/by-slug/:slug', { preHandler }, async (request) => {
      const { slug } = parseParams(request, slugParamsSchema);
      const { baseRevision, ...fields } = parseBody(request, replaceRequestSchema);
      const change = { fields: (): Fields => fields, baseRevision };
      return ctx.views.article(
        await ctx.writer.revise(sessionOf(request), slug, change, request.traceId),
      );
    });

    app.patch('/by-slug/:slug', { preHandler }, async (request) => {
      const { slug } = parseParams(request, slugParamsSchema);
      const { baseRevision, ...patch } = parseBody(request, patchRequestSchema);
      const fields = (current: Fields): Fields => ({
        section: patch.section ?? current.section,
        title: patch.title ?? current.title,
        summary: patch.summary ?? current.summary,
        body: patch.body ?? current.body,
        tags: patch.tags ?? current.tags,
      });
      return ctx.views.article(
        await ctx.writer.revise(
          sessionOf(request),
          slug,
          { fields, baseRevision },
          request.traceId,
        ),
      );
    });

    app.post('/by-slug/:slug/retraction', { preHandler }, async (request) => {
      const { slug } = parseParams(request, slugParamsSchema);
      const { reason } = parseBody(request, retractRequestSchema);
      const article = await ctx.writer.retract(sessionOf(request), slug, reason, request.traceId);
      const answer: RetractResponse = {
        slug,
        retractedAt: article.retracted!.time,
        reason: article.retracted!.reason,
      };
      return answer;
    });
  };
}
