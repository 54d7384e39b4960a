import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../testing/fixture.js';
import { createFixture, SEARCH_V1, SEARCH_V2 } from '../testing/fixture.js';

const activatedV1 = {
  app: 'search',
  version: SEARCH_V1,
  manifest: `/assets/search/${SEARCH_V1}/mf-manifest.json`,
  remote: 'tessera_search',
  framework: 'react',
  routes: ['/search'],
  actor: 'old-cli',
};

describe('GET /platform.json', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.cleanup());

  it('lists each app with its versions, the history newest first and the metrics, no-cache', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/platform.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    const doc = response.json();
    expect(doc.apps).toEqual([
      { name: 'search', current: SEARCH_V1, previous: null, canary: null },
    ]);
    expect(doc.history).toMatchObject([{ kind: 'activated', app: 'search', version: SEARCH_V1 }]);
    expect(doc.metrics.window.days).toBe(30);
    expect(doc.metrics.deployFrequency.deploys).toBe(1);
  });

  it('follows the stream: a canary and a rollback show up without a restart', async () => {
    const edge = await fixture.edge();
    const manifest = `/assets/search/${SEARCH_V2}/mf-manifest.json`;
    await fixture.log.append('deploys', [
      {
        type: 'deploy.canary-started',
        key: 'search',
        data: { app: 'search', version: SEARCH_V2, manifest, percent: 20, actor: 'ana' },
      },
      {
        type: 'deploy.canary-aborted',
        key: 'search',
        data: { app: 'search', version: SEARCH_V2, reason: 'errors', actor: 'edge' },
      },
    ]);
    await expect
      .poll(async () => (await edge.inject({ url: '/platform.json' })).json().historyTotal)
      .toBe(3);
    const doc = (await edge.inject({ url: '/platform.json' })).json();
    expect(doc.history.map((r: { kind: string }) => r.kind)).toEqual([
      'canary-aborted',
      'canary-started',
      'activated',
    ]);
    expect(doc.metrics.changeFailRate).toEqual({ failures: 1, deploys: 2, rate: 0.5 });
  });

  it('reads a v1 activation (before commits were recorded) with no commit, and a v2 one with it', async () => {
    const commit = { sha: 'abcdef1234', time: '2026-11-25T10:00:00+00:00' };
    await fixture.log.append('deploys', [
      { type: 'deploy.activated', key: 'search', version: 1, data: activatedV1 },
      {
        type: 'deploy.activated',
        key: 'search',
        data: { ...activatedV1, version: SEARCH_V2, manifest: '/assets/x', commit },
      },
    ]);
    const edge = await fixture.edge();
    const [v2, v1] = (await edge.inject({ url: '/platform.json' })).json().history;
    expect(v1.commit).toBeUndefined();
    expect(v2.commit).toEqual(commit);
  });

  it('takes the window from ?days and refuses a bad one with a problem document', async () => {
    const edge = await fixture.edge();
    const week = await edge.inject({ url: '/platform.json?days=7' });
    expect(week.json().metrics.window.days).toBe(7);
    const bad = await edge.inject({ url: '/platform.json?days=0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'EDGE_007', detail: expect.stringContaining('days') });
  });

  it('serves /platform as a shell page with 200, where an unknown path gets 404', async () => {
    const edge = await fixture.edge();
    const page = await edge.inject({ url: '/platform', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('tessera-registry');
    const unknown = await edge.inject({ url: '/nowhere', headers: { accept: 'text/html' } });
    expect(unknown.statusCode).toBe(404);
  });
});
