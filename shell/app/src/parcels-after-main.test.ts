// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountParcelsAfterMain } from './parcels-after-main.js';
import { settle } from './testing/manual-timers.js';

function setUp(takesParcels: (pathname: string) => boolean = () => true) {
  const steps: string[] = [];
  const paints: (() => void)[] = [];
  let path = '/';
  const win = Object.create(window, {
    location: { get: () => ({ pathname: path }) },
  }) as Window;
  mountParcelsAfterMain({
    win,
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
    routed: () => win.dispatchEvent(new Event('single-spa:routing-event')),
    painted: async () => {
      paints.splice(0).forEach((resolve) => resolve());
      await settle();
    },
    goTo: (next: string) => (path = next),
  };
}

describe('header parcels after the main app', () => {
  it('mounts nothing before the first route has settled', async () => {
    const { steps } = setUp();
    await settle();
    expect(steps).toEqual([]);
  });

  it('waits for the paint after the route settled, then mounts the parcels once', async () => {
    const { steps, routed, painted } = setUp();
    routed();
    await settle();
    expect(steps).toEqual(['wait for paint']);
    routed();
    await painted();
    routed();
    await painted();
    expect(steps).toEqual(['wait for paint', 'mount parcels on /']);
  });

  it('reads the path after the paint and tries again on the next route if it took none', async () => {
    const { steps, routed, painted, goTo } = setUp((pathname) => pathname !== '/platform');
    routed();
    goTo('/platform');
    await painted();
    goTo('/login');
    routed();
    await painted();
    routed();
    await painted();
    expect(steps).toEqual([
      'wait for paint',
      'mount parcels on /platform',
      'wait for paint',
      'mount parcels on /login',
    ]);
  });
});
