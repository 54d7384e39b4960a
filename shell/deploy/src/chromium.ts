/** Debian's Chromium; Playwright cannot download its own browsers here (see TOOLCHAIN.md). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Chromium flags that work in containers without a GPU or sandbox (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
