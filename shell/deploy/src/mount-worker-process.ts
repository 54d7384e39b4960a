import { fork } from 'node:child_process';
import type { Socket } from 'node:net';
import type { MountPrepare, MountReply, MountRequest, WorkerStart } from './mount-protocol.js';

export interface WorkerProcessOptions {
  /** The worker's module (mount-worker.js, or its TypeScript with `--import tsx`). */
  file: string;
  execArgv: string[];
  cwd: string;
  start: WorkerStart;
  /** How long `stop` waits after the disconnect, then after SIGTERM, before the next step. */
  graceMs?: number;
}

export interface WorkerProcess {
  /** Hands the worker the live stream for its private edge, ahead of the check. */
  prepare(message: MountPrepare): void;
  ask(request: MountRequest): Promise<MountReply>;
  /**
   * Disconnects and waits for the exit; a process still there after the grace period gets
   * SIGTERM (the worker exits on it, which kills its Chromium), then SIGKILL. Resolves with how
   * it ended, e.g. `exit 0` or `exit SIGKILL`.
   */
  stop(): Promise<string>;
  /**
   * Lets go of a worker that has answered, which exits by itself (killing Chromium and removing
   * its profile takes ~0.1 s): neither the command nor the CLI's exit waits for that.
   */
  release(): void;
  /** Resolves with how the process ended. */
  exited: Promise<string>;
}

const DEFAULT_GRACE_MS = 2_000;

export function startWorkerProcess(options: WorkerProcessOptions): WorkerProcess {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const child = fork(options.file, [JSON.stringify(options.start)], {
    cwd: options.cwd,
    execArgv: options.execArgv,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-1500);
  });
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code, signal) => resolve(`exit ${signal ?? code}`));
  });
  /** Sends `signal` unless the process exits within the grace period; true if it exited. */
  const exitsWithin = async (signal: NodeJS.Signals) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(resolve, graceMs, false);
    });
    const ended = await Promise.race([exited.then(() => true), late]);
    clearTimeout(timer);
    if (!ended) child.kill(signal);
    return ended;
  };
  return {
    prepare(message) {
      if (child.connected) child.send(message);
    },
    ask: (request) =>
      new Promise<MountReply>((resolve) => {
        child.once('message', (reply) => resolve(reply as MountReply));
        void exited.then((how) =>
          resolve({
            failure: `the mount check's process ended (${how}) before answering. ${stderr.trim()}`,
          }),
        );
        if (child.connected) child.send(request);
      }),
    async stop() {
      if (child.connected) child.disconnect();
      if (!(await exitsWithin('SIGTERM'))) await exitsWithin('SIGKILL');
      return exited;
    },
    release() {
      if (child.connected) child.disconnect();
      (child.stderr as Socket).unref();
      child.unref();
    },
    exited,
  };
}
