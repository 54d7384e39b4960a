import { describe, expect, it } from 'vitest';
import { LogErrorCode } from './errors.js';
import { openEventLog, parseLogUrl } from './open.js';

describe('parseLogUrl', () => {
  it('understands memory, sqlite paths and NATS server lists', () => {
    expect(parseLogUrl('memory:')).toEqual({ adapter: 'memory' });
    expect(parseLogUrl('sqlite:.data/log.db')).toEqual({ adapter: 'sqlite', path: '.data/log.db' });
    expect(parseLogUrl('sqlite:///var/lib/log.db')).toEqual({
      adapter: 'sqlite',
      path: '/var/lib/log.db',
    });
    expect(parseLogUrl('nats://h1:4222,h2:4222')).toEqual({
      adapter: 'nats',
      servers: ['h1:4222', 'h2:4222'],
    });
  });

  it.each(['', 'postgres://x', 'sqlite:', 'nats://bad host:4222'])(
    'rejects %j with LOG_001',
    (url) => {
      expect(() => parseLogUrl(url)).toThrow(
        expect.objectContaining({ code: LogErrorCode.BadUrl }),
      );
    },
  );
});

describe('openEventLog', () => {
  it('opens the adapter the url names', async () => {
    const log = await openEventLog('memory:', { producer: 'test' });
    expect(log.adapter).toBe('memory');
    await log.append('users', [
      {
        type: 'user.role-changed',
        key: 'u1',
        data: { userId: 'u1', role: 'editor', changedBy: 'admin' },
      },
    ]);
    const [event] = await log.read('users');
    expect(event?.producer).toBe('test');
    await log.close();
  });
});
