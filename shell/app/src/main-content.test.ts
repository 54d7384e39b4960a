// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CONTENT_SHOWN_EVENT, watchMainContent } from './main-content.js';
import { manualTimers } from './testing/manual-timers.js';

function setUp(slotHolds: 'app' | 'shell page') {
  const main = document.createElement('main');
  const child = document.createElement(slotHolds === 'app' ? 'div' : 'section');
  if (slotHolds === 'app') child.dataset.tesseraApp = 'search';
  main.append(child);
  const timers = manualTimers();
  const content = watchMainContent({ main, timers, waitMs: 3000 });
  let shown = false;
  void content.shown.then(() => (shown = true));
  return { main, child, timers, content, isShown: () => shown };
}

describe('the main content watch', () => {
  it('is shown when an event from inside the app bubbles up to the slot', async () => {
    const { child, timers, content, isShown } = setUp('app');
    const heading = document.createElement('h1');
    child.append(heading);
    heading.dispatchEvent(new CustomEvent(CONTENT_SHOWN_EVENT, { bubbles: true }));
    await timers.advance(0);
    expect(isShown()).toBe(true);
    content.routeSettled();
    expect(timers.pending()).toBe(0);
  });

  it('ignores the event when it does not come from the main slot', async () => {
    const { timers, isShown } = setUp('app');
    document.body.dispatchEvent(new CustomEvent(CONTENT_SHOWN_EVENT, { bubbles: true }));
    await timers.advance(0);
    expect(isShown()).toBe(false);
  });

  it('takes the shell’s own page (a 404, a fallback) as shown when the route settles', async () => {
    const { timers, content, isShown } = setUp('shell page');
    await timers.advance(0);
    expect(isShown()).toBe(false);
    content.routeSettled();
    await timers.advance(0);
    expect(isShown()).toBe(true);
    expect(timers.requested).toEqual([]);
  });

  it('gives a mounted app the wait once, counted from the first settled route', async () => {
    const { timers, content, isShown } = setUp('app');
    content.routeSettled();
    await timers.advance(2000);
    content.routeSettled();
    await timers.advance(999);
    expect(isShown()).toBe(false);
    await timers.advance(1);
    expect(isShown()).toBe(true);
    expect(timers.requested).toEqual([3000]);
  });
});
