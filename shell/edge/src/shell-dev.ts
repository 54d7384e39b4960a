import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { sendProblem } from './errors.js';
import { HEAD_MARKER } from './html.js';

/**
 * Dev mode with the shell live: its page template comes fresh from the shell's dev server on
 * every request, so an edit shows on reload.
 */
export function devTemplate(shellDevUrl: string, logger: Logger) {
  const url = new URL('/assets/shell/index.html', shellDevUrl).href;
  return async (): Promise<string | undefined> => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      const template = await response.text();
      if (response.ok && template.includes(HEAD_MARKER)) return template;
      logger.error({ url, status: response.status }, 'shell dev server gave no usable template');
    } catch (error) {
      logger.error({ err: error, url }, 'shell dev server unreachable');
    }
    return undefined;
  };
}

/** Dev mode: `/assets/shell/*` (bundle and hot updates) from the shell's dev server, never cached. */
export function shellDevAssets(fastify: FastifyInstance, shellDevUrl: string) {
  fastify.get('/assets/shell/*', (request, reply) =>
    reply.from(new URL(request.url, shellDevUrl).href, {
      rewriteHeaders: (headers) => ({ ...headers, 'cache-control': 'no-store' }),
      onError: (_sameReply, { error }) => {
        request.log.warn({ err: error }, 'shell dev server failed');
        sendProblem(
          reply,
          'EDGE_003',
          'The shell dev server did not answer. Is `pnpm dev` still running?',
        );
      },
    }),
  );
}
