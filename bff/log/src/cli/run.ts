import { parseArgs } from 'node:util';
import { isLogError } from '../errors.js';
import type { EventLog } from '../types.js';
import { deadLetters, replay, stats, tail } from './commands.js';

export const USAGE = `usage: log <command> [options]   (the log is EVENT_LOG_URL: memory:, sqlite:PATH or nats://h1:4222,...)

  tail <stream> [--limit N] [--follow]       print the last N events (default 20) as JSON lines
  stats [--json]                             stream heads, consumers and their lag
  replay --consumer X [--stream S] [--to N]  reset a consumer's checkpoint to N (default 0)
  dead-letters [--limit N]                   the most recent dead letters (default 50)`;

export class UsageError extends Error {}

export interface CliIo {
  argv: string[];
  openLog: () => Promise<EventLog>;
  print: (line: string) => void;
  printError: (line: string) => void;
  signal: AbortSignal;
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        limit: { type: 'string' },
        follow: { type: 'boolean', short: 'f' },
        json: { type: 'boolean' },
        consumer: { type: 'string' },
        stream: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs one admin command; returns the process exit code (0 ok, 1 failed, 2 usage). */
export async function runCli(io: CliIo): Promise<number> {
  let log: EventLog | undefined;
  try {
    const { values, positionals } = parse(io.argv);
    const [command, ...rest] = positionals;
    if (values.help || !command) throw new UsageError(command ? '' : 'no command given');
    const run = async (
      body: (ctx: { log: EventLog; print: CliIo['print']; signal: AbortSignal }) => Promise<void>,
    ) => {
      log = await io.openLog();
      await body({ log, print: io.print, signal: io.signal });
    };
    switch (command) {
      case 'tail':
        if (rest.length !== 1) throw new UsageError('tail needs exactly one stream name');
        await run((ctx) =>
          tail(ctx, rest[0]!, count(values.limit, 'limit', 20), values.follow ?? false),
        );
        break;
      case 'stats':
        await run((ctx) => stats(ctx, values.json ?? false));
        break;
      case 'replay':
        if (!values.consumer) throw new UsageError('replay needs --consumer NAME');
        await run((ctx) => replay(ctx, values.consumer!, values.stream, count(values.to, 'to', 0)));
        break;
      case 'dead-letters':
        await run((ctx) => deadLetters(ctx, count(values.limit, 'limit', 50)));
        break;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) io.printError(`log: ${error.message}`);
      io.printError(USAGE);
      return 2;
    }
    io.printError(
      `log: ${isLogError(error) ? error.message : error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  } finally {
    await log?.close();
  }
}
