import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const STOP_GRACE_MS = 8000;

/**
 * Runs long-lived child processes, each in its own process group so that stopping one ends
 * its whole tree (pnpm → sh → tsx → node) and nothing is orphaned. Output lines are
 * prefixed with the child's name.
 */
export function createSupervisor({ onUnexpectedExit }) {
  const children = new Map();
  let stopping = false;

  function start(name, command, args, { cwd, env }) {
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) =>
        process.stdout.write(`[${name}] ${line}\n`),
      );
    }
    child.once('error', (error) =>
      process.stderr.write(`[${name}] failed to start: ${error.message}\n`),
    );
    children.set(name, { child, exited });
    exited.then(({ code, signal }) => {
      children.delete(name);
      if (!stopping) onUnexpectedExit(name, code ?? signal);
    });
    return child;
  }

  function signalGroup(child, signal) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  }

  /** SIGTERM to every group, then SIGKILL to any that outlive the grace period. */
  async function stopAll() {
    stopping = true;
    const running = [...children.entries()];
    for (const [, { child }] of running) signalGroup(child, 'SIGTERM');
    await Promise.all(
      running.map(async ([name, { child, exited }]) => {
        const timer = setTimeout(() => {
          process.stderr.write(`[${name}] did not stop within ${STOP_GRACE_MS} ms; killing it\n`);
          signalGroup(child, 'SIGKILL');
        }, STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  return { start, stopAll };
}

/** Runs a command to completion with inherited output; rejects when it fails. */
export function run(command, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
