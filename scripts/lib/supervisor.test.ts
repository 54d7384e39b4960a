import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSupervisor } from './supervisor.mjs';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean) {
  while (!check()) await sleep(20);
}

describe('the process supervisor', () => {
  it('stops a child and the processes it started, leaving no orphans', async () => {
    const exits: string[] = [];
    const supervisor = createSupervisor({ onUnexpectedExit: (name: string) => exits.push(name) });
    // sh starts a grandchild and prints its pid: the kind of tree pnpm → sh → node makes.
    const child = supervisor.start('tree', 'sh', ['-c', 'sleep 300 & echo $!; wait'], {
      cwd: process.cwd(),
      env: process.env,
    });
    const grandchild = await new Promise<number>((resolve) =>
      child.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim()))),
    );
    expect(alive(grandchild)).toBe(true);
    await supervisor.stopAll();
    await until(() => !alive(grandchild));
    expect(alive(child.pid!)).toBe(false);
    expect(exits).toEqual([]);
  });

  it('reports a child that exits on its own', async () => {
    const exits: Array<[string, unknown]> = [];
    const supervisor = createSupervisor({
      onUnexpectedExit: (name: string, how: unknown) => exits.push([name, how]),
    });
    supervisor.start('crasher', 'sh', ['-c', 'exit 3'], { cwd: process.cwd(), env: process.env });
    await until(() => exits.length > 0);
    expect(exits).toEqual([['crasher', 3]]);
  });
});
