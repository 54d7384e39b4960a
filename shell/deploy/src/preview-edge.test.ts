import { afterEach, expect, it } from 'vitest';
import { activatedEvent } from './deploys.js';
import { previewEdge, type PreviewEdge } from './preview-edge.js';

const search = {
  app: 'search',
  remote: 'tessera_search',
  framework: 'react' as const,
  routes: ['/search'],
};

let edge: PreviewEdge | undefined;
afterEach(() => edge?.close());

const servedRegistry = async (origin: string) =>
  (await (await fetch(`${origin}/registry.json`)).json()) as {
    revision: number;
    apps: Record<string, { current: { version: string } }>;
  };

it('serves the candidate once serve() resolves, after the live stream it started with', async () => {
  edge = await previewEdge({
    assetsDir: '/nonexistent',
    bffUrls: {},
    deploys: [activatedEvent(search, '1.0.0+live0000', 'test')],
  });
  expect((await servedRegistry(edge.origin)).apps.search?.current.version).toBe('1.0.0+live0000');

  await edge.serve(
    [
      activatedEvent(search, '1.0.1+landed00', 'test'),
      activatedEvent(search, '1.0.2+candidat', 'test'),
    ],
    5_000,
  );
  const registry = await servedRegistry(edge.origin);
  expect(registry.revision).toBe(3);
  expect(registry.apps.search?.current.version).toBe('1.0.2+candidat');
});
