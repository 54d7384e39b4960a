import { createMemoryDriver } from './adapters/memory.js';
import { createEventLog, type EventLogOptions } from './core/event-log.js';
import type { LogDriver } from './core/driver.js';
import { LogError, LogErrorCode } from './errors.js';
import type { EventLog } from './types.js';

export interface OpenEventLogOptions extends EventLogOptions {
  sqlite?: {
    /** How often followers check for other processes' appends (default 10 ms). */ pollIntervalMs?: number;
  };
  nats?: {
    /** Replicas for streams created on demand (default 3 when 3+ servers are listed, else 1). */
    replicas?: number;
    /** Give up an append after this long, with LOG_006 (default 15 s). */
    appendDeadlineMs?: number;
    /** Prefix of stream names and subjects, so several logs can share a cluster (default "log"). */
    namespace?: string;
  };
}

export type ParsedLogUrl =
  | { adapter: 'memory' }
  | { adapter: 'sqlite'; path: string }
  | { adapter: 'nats'; servers: string[] };

const USAGE = 'use memory:, sqlite:PATH or nats://host:4222[,host2:4222]';

/** Parses EVENT_LOG_URL-style strings. */
export function parseLogUrl(url: string): ParsedLogUrl {
  if (typeof url !== 'string' || url.trim() === '') {
    throw new LogError(LogErrorCode.BadUrl, `event log url is empty: ${USAGE}`);
  }
  const value = url.trim();
  if (value === 'memory:' || value === 'memory://') return { adapter: 'memory' };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new LogError(LogErrorCode.BadUrl, `"${value}" has no file path: ${USAGE}`);
    return { adapter: 'sqlite', path };
  }
  if (value.startsWith('nats://')) {
    const hosts = value
      .slice('nats://'.length)
      .split(',')
      .map((h) => h.trim().replace(/^nats:\/\//, ''));
    if (hosts.some((h) => !/^[\w.-]+(:\d{1,5})?$/.test(h))) {
      throw new LogError(LogErrorCode.BadUrl, `"${value}" lists an invalid host: ${USAGE}`);
    }
    return { adapter: 'nats', servers: hosts };
  }
  throw new LogError(LogErrorCode.BadUrl, `unknown event log url "${value}": ${USAGE}`);
}

async function openDriver(parsed: ParsedLogUrl, options: OpenEventLogOptions): Promise<LogDriver> {
  switch (parsed.adapter) {
    case 'memory':
      return createMemoryDriver();
    case 'sqlite': {
      // Loaded on demand: a memory: or nats: process never needs the native module.
      const { createSqliteDriver } = await import('./adapters/sqlite/driver.js');
      return createSqliteDriver({ path: parsed.path, ...options.sqlite });
    }
    case 'nats': {
      const { createNatsDriver } = await import('./adapters/nats/driver.js');
      return createNatsDriver({ servers: parsed.servers, logger: options.logger, ...options.nats });
    }
  }
}

/** Opens the log named by an EVENT_LOG_URL-style string; the caller reads the env, not us. */
export async function openEventLog(
  url: string,
  options: OpenEventLogOptions = {},
): Promise<EventLog> {
  return createEventLog(await openDriver(parseLogUrl(url), options), options);
}
