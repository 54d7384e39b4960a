import Fastify from 'fastify';

// The baseline: the same HTTP stack with no service kit and no search, so
// the ratio shows what the BFF itself costs.
const app = Fastify();
app.get('/bare', async (request) => ({
  query: (request.query as { q?: string }).q ?? '',
  hits: [],
}));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
