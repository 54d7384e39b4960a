import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventLog, NewEvent } from '@tessera/log';
import { mountCheckChromiumPath } from './chromium.js';
import type { MountCheck } from './commands.js';
import { DEPLOYS_STREAM } from './deploys.js';
import type { MountReply, WorkerStart } from './mount-protocol.js';
import type { CheckResult } from './verify.js';
import { startWorkerProcess, type WorkerProcess } from './mount-worker-process.js';

export interface MountCheckOptions {
  assetsDir: string;
  /** The live log: its deploys stream is copied, then the candidate is activated on the copy. */
  log: EventLog;
  bffUrls: Record<string, string>;
  /** Default: Debian's headless shell when installed, else its Chromium (see chromium.ts). */
  chromiumPath?: string;
  timeoutMs?: number;
}

/** A first page path of a route pattern: `/articles/*` → `/articles/`. */
const pathOf = (route: string) => route.replace(/\*$/, '');

// Beside this module: the bundled CLI's mount-worker.js, or the TypeScript source through tsx.
const fromSource = import.meta.url.endsWith('.ts');
const here = dirname(fileURLToPath(import.meta.url));
const WORKER_FILE = join(here, fromSource ? 'mount-worker.ts' : 'mount-worker.js');
const WORKER_EXEC_ARGV = fromSource ? ['--import', 'tsx'] : [];

const startWorker = (start: WorkerStart) =>
  startWorkerProcess({ file: WORKER_FILE, execArgv: WORKER_EXEC_ARGV, cwd: here, start });

const eventOf = ({ type, key, data }: NewEvent) => ({ type, key, data });

/** A started worker and the head of the live stream its private edge was prepared with. */
interface Warm {
  worker: WorkerProcess;
  preparedHead: Promise<number>;
}

function resultOf(app: string, reply: MountReply): CheckResult {
  const name = 'headless mount';
  if ('failure' in reply) return { name, ok: false, detail: reply.failure };
  if (reply.errors.length === 0) {
    return {
      name,
      ok: true,
      detail: `mounted at ${app}'s route with no console errors (private edge ${reply.edgeMs} ms, page ${reply.pageMs} ms)`,
    };
  }
  return {
    name,
    ok: false,
    detail: `${[...new Set(reply.errors)].slice(0, 3).join(' | ')}. Open the route with the app's dev server to see why.`,
  };
}

/**
 * Opens the candidate's route in headless Chromium inside the real shell (served by a private
 * edge whose registry is the live one with the candidate current) and waits for the shell to list it as mounted.
 * Any console error, page error or failure event fails the check. The browser runs in its own
 * process (mount-worker.ts); `warmUp` starts it early (during the build), `close` stops it if
 * the check never ran.
 */
export function createMountCheck(options: MountCheckOptions): MountCheck {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const chromiumPath = options.chromiumPath ?? mountCheckChromiumPath();
  let warm: Warm | undefined;
  /** Starts the worker and, once the live stream is read, its private edge on it. */
  const startWarm = (): Warm => {
    const worker = startWorker({ chromiumPath });
    const preparedHead = options.log.read(DEPLOYS_STREAM, { limit: 100_000 }).then((live) => {
      const { assetsDir, bffUrls } = options;
      worker.prepare({ kind: 'prepare', assetsDir, bffUrls, deploys: live.map(eventOf) });
      return live.at(-1)?.offset ?? 0;
    });
    // A log that fails is reported by the check; a check that never runs must not throw it.
    preparedHead.catch(() => undefined);
    return { worker, preparedHead };
  };
  const check: MountCheck = async ({ app, version, activation }) => {
    const { worker, preparedHead } = warm ?? startWarm();
    warm = undefined;
    let reply: MountReply;
    try {
      // Deploys that landed since the prepare still reach the private edge, before the candidate.
      const since = await options.log.read(DEPLOYS_STREAM, {
        after: await preparedHead,
        limit: 100_000,
      });
      reply = await worker.ask({
        kind: 'check',
        deploys: [...since.map(eventOf), { type: 'deploy.activated', key: app, data: activation }],
        app,
        version,
        path: pathOf((activation.routes as string[])[0] ?? '/'),
        timeoutMs,
      });
    } catch (error) {
      await worker.stop();
      throw error;
    }
    worker.release();
    return resultOf(app, reply);
  };
  check.warmUp = () => {
    warm ??= startWarm();
  };
  check.close = async () => {
    const pending = warm;
    warm = undefined;
    await pending?.worker.stop();
  };
  return check;
}
