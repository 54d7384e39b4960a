import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createMemoryDriver } from '../adapters/memory.js';
import { userRegistered } from '../testing/fixture.js';
import { createEventLog } from './event-log.js';

describe('log metrics', () => {
  it('count appends and dead letters in the registry passed in', async () => {
    const registry = new Registry();
    const log = createEventLog(createMemoryDriver(), { metrics: registry });
    await log.append('users', [userRegistered(), userRegistered()]);
    const consumer = log.consume({
      stream: 'users',
      consumer: 'failing',
      retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2 },
      handle: () => {
        throw new Error('nope');
      },
    });
    while ((await log.head('dead-letters')) < 2) await new Promise((r) => setTimeout(r, 5));
    await consumer.stop();
    const text = await registry.metrics();
    expect(text).toContain('log_appended_events_total{stream="users"} 2');
    expect(text).toContain('log_dead_letters_total{consumer="failing",stream="users"} 2');
    expect(text).toContain('log_handler_retries_total{consumer="failing",stream="users"} 2');
    await log.close();
  });
});
