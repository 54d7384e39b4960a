import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright cannot download its own browsers here (see TOOLCHAIN.md). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Debian's headless shell (package chromium-headless-shell): the same Blink and V8 without the
 * desktop browser around them. Launching it and opening a page took about half as long as
 * Chromium's on this box, which the mount check of every deploy waits for.
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/** The browser the mount check launches when CHROMIUM_PATH is not set. */
export function mountCheckChromiumPath(): string {
  return existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : DEFAULT_CHROMIUM_PATH;
}

/** Chromium flags that work in containers without a GPU or sandbox (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * What the mount check launches with: no zygote processes and the GPU thread (software
 * rendering here) inside the browser process. Two and one fewer processes to start: the
 * launch and first page took ~15% less CPU, time the build beside it gets back.
 */
export const MOUNT_CHECK_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--no-zygote', '--in-process-gpu'];

/** What to do when the browser at `path` did not start: install its Debian package, or fix the path. */
export function chromiumStartHint(path: string): string {
  if (path === HEADLESS_SHELL_PATH) {
    return 'Reinstall it (apt-get install chromium-headless-shell) or set CHROMIUM_PATH to another Chromium.';
  }
  if (path === DEFAULT_CHROMIUM_PATH) {
    return 'Install it (apt-get install chromium chromium-headless-shell) or set CHROMIUM_PATH to another Chromium.';
  }
  return 'Check CHROMIUM_PATH: it must name a Chromium or chromium-headless-shell executable that starts here.';
}
