// Serves one MFE's production build on its own, the way its standalone page expects: files
// from `dist/`, and every other path (a deep link such as /search?q=x) answered with
// `standalone.html` so the app's own routing takes over.
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface StandaloneServerOptions {
  distDir: string;
  port: number;
  host?: string;
}

export async function startStandaloneServer({
  distDir,
  port,
  host = '127.0.0.1',
}: StandaloneServerOptions) {
  // The page's URLs are relative (it works under any prefix); served at the root, a deep link
  // such as /section/world needs a base so they still resolve against the root.
  const page = readFileSync(join(distDir, 'standalone.html'), 'utf8').replace(
    '<head>',
    '<head><base href="/">',
  );
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root: resolve(distDir), index: false, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      return reply.code(404).send({ error: 'not found' });
    }
    return reply.type('text/html').send(page);
  });
  await app.listen({ port, host });
  return app;
}
