import { expect, it } from 'vitest';
import { DEFAULT_CHROMIUM_PATH, HEADLESS_SHELL_PATH, chromiumStartHint } from './chromium.js';

it('names the Debian package of the browser that did not start', () => {
  expect(chromiumStartHint(HEADLESS_SHELL_PATH)).toContain(
    'apt-get install chromium-headless-shell',
  );
  expect(chromiumStartHint(DEFAULT_CHROMIUM_PATH)).toContain('apt-get install chromium ');
});

it('points at CHROMIUM_PATH, not a package, for a browser of its own', () => {
  const hint = chromiumStartHint('/opt/chrome/chrome');
  expect(hint).toContain('Check CHROMIUM_PATH');
  expect(hint).not.toContain('apt-get');
});
