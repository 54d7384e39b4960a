import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Registry, Release } from '@tessera/registry';
import { appForPath } from '@tessera/registry';
import { bucketCookie, bucketFromCookies, newBucket, releaseFor } from './bucket.js';
import type { Compress } from './documents.js';
import { encodingFor, sendDocument } from './documents.js';
import { sendProblem } from './errors.js';
import { headHtml, renderPage } from './html.js';
import type { InlineManifest, RouteAssets } from './preloads.js';
import type { ServedRegistry } from './registry-source.js';

export interface PageRouteOptions {
  registry: () => Promise<ServedRegistry | undefined>;
  template: () => Promise<string | undefined>;
  assetsFor: (release: Release) => Promise<RouteAssets>;
  compress: Compress;
}

/** Pages the shell renders itself (no app claims them, yet they exist). */
const SHELL_PAGES = new Set(['/platform']);

/** Paths the edge owns: never answered with the shell page. */
const RESERVED = /^\/(?:assets|api|registry\.json|healthz|beacon)(?:\/|$)/;

/**
 * The manifest of the release each app gets in `bucket`, for every app: the route's app and the
 * header parcels' apps alike, so the shell fetches none of them.
 */
async function manifestsFor(
  apps: Registry['apps'],
  bucket: number,
  { assetsFor }: PageRouteOptions,
): Promise<InlineManifest[]> {
  const assets = await Promise.all(
    Object.values(apps).map((app) => assetsFor(releaseFor(app, bucket))),
  );
  return assets.flatMap((route) => (route.manifest ? [route.manifest] : []));
}

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '*/*';
  return accept.includes('text/html') || accept.includes('*/*');
}

export function pageRoute(fastify: FastifyInstance, options: PageRouteOptions) {
  fastify.get('/*', async (request, reply) => {
    const pathname = request.url.split('?', 1)[0]!;
    if (RESERVED.test(pathname) || !wantsHtml(request)) {
      return sendProblem(reply, 'EDGE_001', `Nothing is served at ${pathname}.`);
    }
    const [served, template] = await Promise.all([options.registry(), options.template()]);
    if (!template) {
      return sendProblem(
        reply,
        'EDGE_006',
        'The shell is not published yet. Run `pnpm tessera publish`.',
      );
    }
    if (!served) {
      return sendProblem(
        reply,
        'EDGE_005',
        'No app is deployed yet (the deploys stream of the event log is empty). Run `pnpm tessera publish`.',
      );
    }

    let bucket = bucketFromCookies(request.headers.cookie);
    if (bucket === undefined) {
      bucket = newBucket();
      reply.header('set-cookie', bucketCookie(bucket, request.protocol === 'https'));
    }
    const name = appForPath(served.registry.apps, pathname);
    const app = name === undefined ? undefined : served.registry.apps[name];
    const route = app ? await options.assetsFor(releaseFor(app, bucket)) : { preloads: [] };
    const body = renderPage(
      template,
      headHtml(served.json, route, await manifestsFor(served.registry.apps, bucket, options)),
    );

    // Unknown paths still get the shell, which renders its own 404 page.
    reply
      .code(app || SHELL_PAGES.has(pathname) ? 200 : 404)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8');
    return sendDocument(reply, options.compress, body, encodingFor(request, body));
  });
}
