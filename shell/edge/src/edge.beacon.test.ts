import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from './testing/fixture.js';
import { createFixture, fakeRegistry, SEARCH_V1, SEARCH_V2 } from './testing/fixture.js';

const canary = {
  version: SEARCH_V2,
  manifest: `/assets/search/${SEARCH_V2}/mf-manifest.json`,
  percent: 50,
};
const beacon = (kind: 'view' | 'error', version = SEARCH_V2) => ({
  method: 'POST' as const,
  url: '/beacon',
  payload: { app: 'search', version, kind, phase: kind === 'error' ? 'mount' : undefined },
});

describe('the canary beacon', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
    await fixture.deploy(fakeRegistry({ canary }));
  });
  afterEach(() => fixture.cleanup());

  const served = async (edge: Awaited<ReturnType<Fixture['edge']>>) =>
    (await edge.inject({ url: '/registry.json' })).json().apps.search;

  it('aborts a canary whose error rate passes the threshold over the minimum views', async () => {
    const edge = await fixture.edge({ canary: { minViews: 4, maxErrorRate: 0.5 } });
    expect((await edge.inject(beacon('view'))).statusCode).toBe(204);
    for (let i = 0; i < 2; i += 1) await edge.inject(beacon('error'));
    expect((await served(edge)).canary).toMatchObject({ version: SEARCH_V2 });
    await edge.inject(beacon('error'));
    const events = await fixture.log.read('deploys');
    expect(events.at(-1)).toMatchObject({
      type: 'deploy.canary-aborted',
      data: { app: 'search', version: SEARCH_V2, reason: expect.stringContaining('75%') },
    });
    await expect.poll(async () => (await served(edge)).canary).toBeUndefined();
    expect((await served(edge)).current.version).toBe(SEARCH_V1);
  });

  it('keeps a canary whose errors stay under the threshold, and ignores other versions', async () => {
    const edge = await fixture.edge({ canary: { minViews: 4, maxErrorRate: 0.5 } });
    for (const kind of ['view', 'view', 'view', 'error'] as const) await edge.inject(beacon(kind));
    for (let i = 0; i < 6; i += 1) await edge.inject(beacon('error', SEARCH_V1));
    expect((await fixture.log.read('deploys')).at(-1)?.type).toBe('deploy.canary-started');
    expect((await served(edge)).canary).toMatchObject({ version: SEARCH_V2 });
  });

  it('answers an invalid report with a 400 problem and too many with a 429 problem', async () => {
    const edge = await fixture.edge({ canary: { beaconsPerMinute: 2 } });
    const bad = await edge.inject({ method: 'POST', url: '/beacon', payload: { app: 'Search!' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'EDGE_007' });
    await edge.inject(beacon('view'));
    const limited = await edge.inject(beacon('view'));
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'EDGE_010' });
  });
});
