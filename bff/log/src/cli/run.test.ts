import { describe, expect, it } from 'vitest';
import { createEventLog } from '../core/event-log.js';
import { createMemoryDriver } from '../adapters/memory.js';
import { userRegistered } from '../testing/fixture.js';
import type { EventLog } from '../types.js';
import { runCli } from './run.js';

async function seeded(): Promise<EventLog> {
  const log = createEventLog(createMemoryDriver());
  await log.append('users', [userRegistered(1), userRegistered(2), userRegistered(3)]);
  await log.setCheckpoint('search', 'users', 1);
  return log;
}

async function cli(log: EventLog, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv,
    // The CLI closes what it opens; keep the seeded log usable for assertions.
    openLog: async () => ({ ...log, close: async () => {} }),
    print: (line) => out.push(line),
    printError: (line) => err.push(line),
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

describe('the log admin CLI', () => {
  it('tails the last events of a stream as JSON lines', async () => {
    const { code, out } = await cli(await seeded(), 'tail', 'users', '--limit', '2');
    expect(code).toBe(0);
    expect(out.map((line) => JSON.parse(line).offset)).toEqual([2, 3]);
  });

  it('reports heads, consumers and their lag', async () => {
    const { out } = await cli(await seeded(), 'stats', '--json');
    expect(JSON.parse(out[0]!)).toMatchObject({
      adapter: 'memory',
      streams: { users: 3 },
      consumers: [{ consumer: 'search', stream: 'users', offset: 1, lag: 2 }],
    });
  });

  it('prints heads and consumers as text, and says when no consumer has a checkpoint', async () => {
    const { out } = await cli(await seeded(), 'stats');
    expect(out).toContain('  search               users                at 1  lag 2');
    const empty = createEventLog(createMemoryDriver());
    await empty.append('users', [userRegistered(1)]);
    const { code, out: emptyOut } = await cli(empty, 'stats');
    expect(code).toBe(0);
    expect(emptyOut.at(-1)).toMatch(/^ {2}none with a checkpoint/);
  });

  it('resets a consumer checkpoint for replay', async () => {
    const log = await seeded();
    const { code } = await cli(log, 'replay', '--consumer', 'search');
    expect(code).toBe(0);
    expect(await log.checkpoints()).toEqual([{ consumer: 'search', stream: 'users', offset: 0 }]);
    expect((await cli(log, 'replay', '--consumer', 'nobody')).code).toBe(1);
  });

  it('lists dead letters, or says there are none', async () => {
    const log = await seeded();
    expect((await cli(log, 'dead-letters')).out).toEqual(['no dead letters']);
    const consumer = log.consume({
      stream: 'users',
      consumer: 'broken',
      retry: { maxAttempts: 1 },
      handle: () => {
        throw new Error('boom');
      },
    });
    while ((await log.head('dead-letters')) < 3) await new Promise((r) => setTimeout(r, 5));
    await consumer.stop();
    const { out } = await cli(log, 'dead-letters', '--limit', '1');
    expect(JSON.parse(out[0]!)).toMatchObject({
      consumer: 'broken',
      offset: 3,
      error: { message: 'boom' },
    });
  });

  it.each([
    [[], 'no command given'],
    [['tail'], 'tail needs exactly one stream name'],
    [['replay'], 'replay needs --consumer NAME'],
    [['tail', 'users', '--limit', 'x'], '--limit must be a non-negative integer'],
    [['stats', '--bogus'], "Unknown option '--bogus'"],
  ])('answers %j with a usage error and exit code 2', async (argv, message) => {
    const { code, err } = await cli(await seeded(), ...argv);
    expect(code).toBe(2);
    expect(err[0]).toContain(message);
    expect(err.join('\n')).toContain('usage: log');
  });
});
