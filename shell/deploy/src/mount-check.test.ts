import { afterEach, beforeEach, expect, it } from 'vitest';
import { openEventLog, type EventLog } from '@tessera/log';
import { createMountCheck } from './mount-check.js';

let log: EventLog;
beforeEach(async () => {
  log = await openEventLog('memory:', { producer: 'mount-check-test' });
});
afterEach(() => log.close());

const candidate = {
  app: 'search',
  version: '1.0.0+abcdef12',
  activation: { app: 'search', version: '1.0.0+abcdef12', routes: ['/search'] },
};

it('fails the check, saying what to install, when Chromium cannot start', async () => {
  const check = createMountCheck({
    assetsDir: '/nonexistent',
    log,
    bffUrls: {},
    chromiumPath: '/nonexistent/chromium',
  });
  check.warmUp?.();
  const result = await check(candidate);
  expect(result).toMatchObject({ name: 'headless mount', ok: false });
  expect(result.detail).toContain('Chromium (/nonexistent/chromium) did not start');
  expect(result.detail).toContain('Check CHROMIUM_PATH');
});

it('closes a check warmed up a moment ago, while its process still loads', async () => {
  const check = createMountCheck({ assetsDir: '/nonexistent', log, bffUrls: {} });
  check.warmUp?.();
  await expect(check.close?.()).resolves.toBeUndefined();
});
