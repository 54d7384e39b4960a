import { openEventLog } from '@tessera/log';
import { describe, expect, it } from 'vitest';
import { runAdmin, type AdminOptions } from './admin.js';

function harness(argv: string[], overrides: Partial<AdminOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const forwarded: string[][] = [];
  const options: AdminOptions = {
    argv,
    logUrl: 'memory:',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    runLoginAdmin: async (args) => {
      forwarded.push(args);
      return 0;
    },
    ...overrides,
  };
  return { run: () => runAdmin(options), out, err, forwarded };
}

describe('pnpm admin usage errors', () => {
  it.each([
    [[], /no command given/],
    [['publish'], /unknown command "publish"/],
    [['generate'], /generate needs --articles N/],
    [['generate', '--articles', 'many'], /--articles must be an integer/],
    [['generate', '--articles', '-3'], /generate: /],
    [['generate', '--articles', '10', '--colour', 'red'], /Unknown option '--colour'/],
    [['generate', '--articles', '10', '--seed', 'a b'], /--seed must be/],
    [['generate', '--articles', '10', 'extra'], /generate: .*positional/i],
    [['seed', '--force'], /seed: Unknown option '--force'/],
  ])('%j exits 2 and says what to do', async (argv, message) => {
    const h = harness(argv);
    expect(await h.run()).toBe(2);
    expect(h.err.join('\n')).toMatch(message);
    expect(h.err.join('\n')).toContain('pnpm admin --help');
    expect(h.forwarded).toEqual([]);
  });
});

describe('pnpm admin commands', () => {
  it.each([['--help'], ['-h'], ['help'], ['generate', '--help']])(
    '%s prints the usage and exits 0',
    async (...argv) => {
      const h = harness(argv);
      expect(await h.run()).toBe(0);
      expect(h.out.join('\n')).toMatch(/Usage: pnpm admin <command>/);
    },
  );

  it('forwards create-user and its arguments as is to the login BFF admin, with its exit code', async () => {
    const argv = ['create-user', '--email', 'e@x.test', '--password', 'p w', '--role', 'editor'];
    const h = harness(argv, { runLoginAdmin: async () => 3 });
    expect(await h.run()).toBe(3);
    const recorded = harness(argv);
    await recorded.run();
    expect(recorded.forwarded).toEqual([argv]);
  });

  it('forwards set-role to the login BFF admin too', async () => {
    const h = harness(['set-role', '--email', 'e@x.test', '--role', 'reader']);
    expect(await h.run()).toBe(0);
    expect(h.forwarded).toEqual([['set-role', '--email', 'e@x.test', '--role', 'reader']]);
  });

  it('seeds the log it is given and closes it', async () => {
    const log = await openEventLog('memory:');
    let closed = false;
    const h = harness(['seed'], {
      openLog: async () => ({ ...log, close: async () => void (closed = true) }),
    });
    expect(await h.run()).toBe(0);
    expect(await log.head('articles')).toBeGreaterThan(60);
    expect(closed).toBe(true);
    expect(h.out.join('\n')).toMatch(/articles: \d+ appended/);
    await log.close();
  });

  it('generates the number of articles asked for', async () => {
    const log = await openEventLog('memory:');
    const h = harness(['generate', '--articles', '25', '--batch-size', '10'], {
      openLog: async () => ({ ...log, close: async () => {} }),
    });
    expect(await h.run()).toBe(0);
    expect(await log.head('articles')).toBe(25);
    expect(h.out.join('\n')).toMatch(/generated 25\/25 articles/);
    await log.close();
  });

  it('exits 1 with the reason when the log cannot be opened', async () => {
    const h = harness(['seed'], { logUrl: 'postgres://nope' });
    expect(await h.run()).toBe(1);
    expect(h.err.join('\n')).toMatch(/pnpm admin seed failed: .*unknown event log url/);
  });
});
