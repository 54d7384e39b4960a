import * as singleSpaModule from 'single-spa';
import type { Registry } from '@tessera/registry';
import { boot, type ShellDeps } from '../boot.js';
import { shellSingleSpa } from '../single-spa-api.js';

export interface BootInWindowOptions extends Pick<ShellDeps, 'timers' | 'afterPaint'> {
  runtime: ReturnType<ShellDeps['createRuntime']>;
  registry: Registry;
}

/**
 * Boots the shell in the test's window with the real single-spa, the given runtime and a
 * registry answered without a network. single-spa keeps global state: one boot per test file.
 */
export function bootInWindow({ runtime, registry, timers, afterPaint }: BootInWindowOptions) {
  return boot({
    win: window,
    singleSpa: shellSingleSpa(singleSpaModule),
    createRuntime: () => runtime,
    fetchJson: async () => registry,
    timers,
    random: () => 0.5,
    afterPaint,
  });
}
