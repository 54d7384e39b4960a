// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CONTENT_SHOWN_EVENT } from './main-content.js';
import { mountParcelsAfterMain } from './parcels-after-main.js';
import { manualTimers, settle } from './testing/manual-timers.js';

function setUp(takesParcels: (pathname: string) => boolean = () => true) {
  const steps: string[] = [];
  const paints: (() => void)[] = [];
  const timers = manualTimers();
  let path = '/';
  const win = Object.create(window, {
    location: { get: () => ({ pathname: path }) },
  }) as Window;
  const main = document.createElement('main');
  const app = document.createElement('div');
  app.dataset.tesseraApp = 'articles';
  main.append(app);
  mountParcelsAfterMain({
    win,
    main,
    timers,
    contentWaitMs: 3000,
    afterPaint: () => {
      steps.push('wait for paint');
      return new Promise((resolve) => paints.push(resolve));
    },
    mountParcels: (pathname) => {
      steps.push(`mount parcels on ${pathname}`);
      return takesParcels(pathname);
    },
  });
  return {
    steps,
    timers,
    routed: async () => {
      win.dispatchEvent(new Event('single-spa:routing-event'));
      await settle();
    },
    contentShown: async () => {
      app.dispatchEvent(new CustomEvent(CONTENT_SHOWN_EVENT, { bubbles: true }));
      await settle();
    },
    painted: async () => {
      paints.splice(0).forEach((resolve) => resolve());
      await settle();
    },
    goTo: (next: string) => (path = next),
  };
}

describe('header parcels after the main content', () => {
  it('mounts nothing before the first route has settled, even once content is shown', async () => {
    const { steps, contentShown } = setUp();
    await contentShown();
    await settle();
    expect(steps).toEqual([]);
  });

  it('waits for the app to announce its content, then for the paint, then mounts once', async () => {
    const { steps, routed, contentShown, painted } = setUp();
    await routed();
    await painted();
    expect(steps).toEqual([]);
    await contentShown();
    expect(steps).toEqual(['wait for paint']);
    await routed();
    await painted();
    await routed();
    await contentShown();
    await painted();
    expect(steps).toEqual(['wait for paint', 'mount parcels on /']);
  });

  it('takes content announced before the route settled (an app that renders on mount)', async () => {
    const { steps, routed, contentShown, painted } = setUp();
    await contentShown();
    await routed();
    await painted();
    expect(steps).toEqual(['wait for paint', 'mount parcels on /']);
  });

  it('mounts the parcels after the wait when the app never announces content', async () => {
    const { steps, routed, painted, timers } = setUp();
    await routed();
    await timers.advance(2999);
    expect(steps).toEqual([]);
    await timers.advance(1);
    await painted();
    expect(steps).toEqual(['wait for paint', 'mount parcels on /']);
    expect(timers.requested).toEqual([3000]);
  });

  it('reads the path after the paint and tries again on the next route if it took none', async () => {
    const { steps, routed, contentShown, painted, goTo } = setUp(
      (pathname) => pathname !== '/platform',
    );
    await contentShown();
    await routed();
    goTo('/platform');
    await painted();
    goTo('/login');
    await routed();
    await painted();
    await routed();
    await painted();
    expect(steps).toEqual([
      'wait for paint',
      'mount parcels on /platform',
      'wait for paint',
      'mount parcels on /login',
    ]);
  });
});
