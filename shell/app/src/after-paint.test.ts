import { describe, expect, it } from 'vitest';
import { browserAfterPaint } from './after-paint.js';

/** A window whose frames, tasks and idle periods run only when the test flushes them. */
function fakeWindow(withIdle: boolean) {
  const steps: string[] = [];
  const queued: { kind: string; run: () => void }[] = [];
  const queue = (kind: string, run: () => void) => queued.push({ kind, run });
  const win = {
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      queue('frame', () => callback(0));
      return 1;
    },
    setTimeout: ((callback: () => void) => {
      queue('task', callback);
      return 1;
    }) as unknown as Window['setTimeout'],
    ...(withIdle && {
      requestIdleCallback: (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
        queue(`idle (timeout ${options?.timeout})`, () => callback({} as IdleDeadline));
        return 1;
      },
    }),
  };
  const flush = async () => {
    while (queued.length > 0) {
      const next = queued.shift()!;
      steps.push(next.kind);
      next.run();
      await Promise.resolve();
    }
  };
  return { win, steps, flush };
}

describe('browserAfterPaint', () => {
  it('resolves after a frame, a task after it and an idle period capped by the timeout', async () => {
    const { win, steps, flush } = fakeWindow(true);
    const painted = browserAfterPaint(win, 500)().then(() => steps.push('resolved'));
    await flush();
    await painted;
    expect(steps).toEqual(['frame', 'task', 'idle (timeout 500)', 'resolved']);
  });

  it('goes on right after the paint where there is no requestIdleCallback', async () => {
    const { win, steps, flush } = fakeWindow(false);
    const painted = browserAfterPaint(win, 500)().then(() => steps.push('resolved'));
    await flush();
    await painted;
    expect(steps).toEqual(['frame', 'task', 'resolved']);
  });
});
