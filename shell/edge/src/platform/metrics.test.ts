import { describe, expect, it } from 'vitest';
import type { DeployRecord } from './history.js';
import { deliveryMetrics, median } from './metrics.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let offset = 0;
function at(time: string, record: Omit<DeployRecord, 'offset' | 'time' | 'actor'>): DeployRecord {
  offset += 1;
  return { offset, time, actor: 'ana', ...record };
}
const activated = (time: string, version: string, commitTime?: string) =>
  at(time, {
    app: 'search',
    kind: 'activated',
    version,
    ...(commitTime ? { commit: { sha: 'abcdef1', time: commitTime } } : {}),
  });

describe('the delivery metrics', () => {
  it('counts activations and canary starts in the window as deploys, per day and per week', () => {
    const records = [
      activated('2026-10-01T00:00:00Z', '1.0.0+aaaaaa1'),
      activated('2026-11-20T00:00:00Z', '1.0.1+bbbbbb2'),
      at('2026-11-21T00:00:00Z', {
        app: 'search',
        kind: 'canary-started',
        version: '1.0.2+cccccc3',
        percent: 10,
      }),
      at('2026-11-22T00:00:00Z', {
        app: 'search',
        kind: 'canary-promoted',
        version: '1.0.2+cccccc3',
      }),
    ];
    const metrics = deliveryMetrics(records, { now: NOW, windowDays: 30 });
    expect(metrics.window).toEqual({
      from: '2026-10-27T12:00:00.000Z',
      to: '2026-11-26T12:00:00.000Z',
      days: 30,
    });
    expect(metrics.deployFrequency).toEqual({ deploys: 2, perDay: 2 / 30, perWeek: 14 / 30 });
  });

  it('takes the median lead time from commit to activation, over activations with a commit', () => {
    const records = [
      activated('2026-11-20T01:00:00Z', '1.0.1+bbbbbb2', '2026-11-20T00:00:00Z'),
      activated('2026-11-21T03:00:00Z', '1.0.2+cccccc3', '2026-11-21T00:00:00Z'),
      activated('2026-11-22T00:00:00Z', '1.0.3+dddddd4'),
    ];
    const { leadTime } = deliveryMetrics(records, { now: NOW, windowDays: 30 });
    expect(leadTime).toEqual({ medianMs: 2 * HOUR, samples: 2 });
  });

  it('rates rollbacks and aborts per deploy and times each restore from when the failed version went live', () => {
    const records = [
      activated('2026-11-20T00:00:00Z', '1.0.0+aaaaaa1'),
      activated('2026-11-20T10:00:00Z', '1.0.1+bbbbbb2'),
      at('2026-11-20T10:05:00Z', {
        app: 'search',
        kind: 'rolled-back',
        fromVersion: '1.0.1+bbbbbb2',
        version: '1.0.0+aaaaaa1',
      }),
      at('2026-11-21T00:00:00Z', {
        app: 'search',
        kind: 'canary-started',
        version: '1.0.2+cccccc3',
        percent: 50,
      }),
      at('2026-11-21T00:15:00Z', {
        app: 'search',
        kind: 'canary-aborted',
        version: '1.0.2+cccccc3',
        reason: 'error rate 0.5',
      }),
    ];
    const metrics = deliveryMetrics(records, { now: NOW, windowDays: 30 });
    expect(metrics.changeFailRate).toEqual({ failures: 2, deploys: 3, rate: 2 / 3 });
    expect(metrics.timeToRestore).toEqual({ medianMs: 10 * MINUTE, samples: 2 });
  });

  it('leaves out what happened before the window but still finds when a failed version went live', () => {
    const records = [
      activated('2026-09-01T00:00:00Z', '1.0.0+aaaaaa1'),
      activated('2026-10-27T00:00:00Z', '1.0.1+bbbbbb2'),
      at('2026-10-28T00:00:00Z', {
        app: 'search',
        kind: 'rolled-back',
        fromVersion: '1.0.1+bbbbbb2',
        version: '1.0.0+aaaaaa1',
      }),
    ];
    const metrics = deliveryMetrics(records, { now: NOW, windowDays: 30 });
    expect(metrics.changeFailRate).toEqual({ failures: 1, deploys: 0, rate: null });
    expect(metrics.timeToRestore).toEqual({ medianMs: 24 * HOUR, samples: 1 });
  });

  it('has no figures, not zeros, when nothing happened', () => {
    const metrics = deliveryMetrics([], { now: NOW, windowDays: 7 });
    expect(metrics.leadTime.medianMs).toBeNull();
    expect(metrics.changeFailRate.rate).toBeNull();
    expect(metrics.timeToRestore.medianMs).toBeNull();
    expect(metrics.deployFrequency.deploys).toBe(0);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
