// Serves one MFE's production build on its own, the way its standalone page expects: files
// from `dist/`, and every other path (a deep link such as /search?q=x) answered with
// `standalone.html` so the app's own routing takes over.
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { resolve } from 'node:path';

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
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root: resolve(distDir), index: false, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      return reply.code(404).send({ error: 'not found' });
    }
    return reply.type('text/html').sendFile('standalone.html');
  });
  await app.listen({ port, host });
  return app;
}
