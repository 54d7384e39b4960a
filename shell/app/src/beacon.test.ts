import { describe, expect, it } from 'vitest';
import { createBeacon, reportingErrors, reportingViews } from './beacon.js';

function setup(maxPerPage?: number) {
  const sent: unknown[] = [];
  const beacon = createBeacon({
    send: (body) => sent.push(JSON.parse(body)),
    watched: (app) => app === 'search',
    maxPerPage,
  });
  return { sent, beacon };
}

describe('the canary beacon', () => {
  it('reports views and failures of watched apps only', () => {
    const { sent, beacon } = setup();
    const board = {
      added: [] as string[],
      add(a: string) {
        this.added.push(a);
      },
      remove() {},
    };
    const views = reportingViews(board, beacon);
    views.add('search', '1.1.0+bbbbbb2');
    views.add('login', '1.0.0+aaaaaa1');
    const errors: unknown[] = [];
    reportingErrors(
      (d) => errors.push(d),
      beacon,
    )({
      app: 'search',
      version: '1.1.0+bbbbbb2',
      phase: 'mount',
      error: new Error('boom'),
    });
    expect(board.added).toEqual(['search', 'login']);
    expect(errors).toHaveLength(1);
    expect(sent).toEqual([
      { app: 'search', version: '1.1.0+bbbbbb2', kind: 'view' },
      { app: 'search', version: '1.1.0+bbbbbb2', kind: 'error', phase: 'mount' },
    ]);
  });

  it('sends no more than its limit per page', () => {
    const { sent, beacon } = setup(3);
    for (let i = 0; i < 10; i += 1) beacon.report('error', 'search', '1.1.0+bbbbbb2', 'load');
    expect(sent).toHaveLength(3);
  });
});
