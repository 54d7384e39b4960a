import { describe, expect, it } from 'vitest';
import { createService } from './service.js';
import { captureLogger } from './testing.js';
import { newSpanId, newTraceId, traceIdFromHeader } from './trace.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = `00-${TRACE}-00f067aa0ba902b7-01`;

describe('trace context', () => {
  it('reads the trace id of a valid traceparent header', () => {
    expect(traceIdFromHeader(PARENT)).toBe(TRACE);
  });

  it('rejects malformed, all-zero and forbidden-version headers', () => {
    expect(traceIdFromHeader(undefined)).toBeUndefined();
    expect(traceIdFromHeader('nonsense')).toBeUndefined();
    expect(traceIdFromHeader(`00-${'0'.repeat(32)}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(traceIdFromHeader(`ff-${TRACE}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(traceIdFromHeader(`00-${TRACE.toUpperCase()}-00f067aa0ba902b7-01`)).toBeUndefined();
  });

  it('carries the incoming trace id into logs and echoes it on the response', async () => {
    const captured = captureLogger('t');
    const app = createService({ name: 't', logger: captured.logger, defaultMetrics: false });
    app.get('/hello', async (request) => {
      request.log.info('inside handler');
      return { traceId: request.traceId };
    });
    const res = await app.inject({ url: '/hello', headers: { traceparent: PARENT } });
    expect(res.json().traceId).toBe(TRACE);
    expect(res.headers.traceparent).toMatch(new RegExp(`^00-${TRACE}-[0-9a-f]{16}-01$`));
    expect(res.headers.traceparent).not.toBe(PARENT);
    const inside = captured.lines().find((line) => line.msg === 'inside handler');
    expect(inside).toMatchObject({ traceId: TRACE, service: 't' });
    const summary = captured.lines().find((line) => line.msg === 'request');
    expect(summary).toMatchObject({ traceId: TRACE, route: '/hello', status: 200 });
    await app.inject({ url: '/healthz' });
    expect(captured.lines().filter((line) => line.msg === 'request')).toHaveLength(1);
  });

  it('generates a fresh trace id when the request has none', async () => {
    const { logger } = captureLogger();
    const app = createService({ name: 't', logger, defaultMetrics: false });
    app.get('/hello', async (request) => ({ traceId: request.traceId }));
    const first = (await app.inject({ url: '/hello' })).json().traceId;
    const second = (await app.inject({ url: '/hello' })).json().traceId;
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
  });
});

describe('new ids', () => {
  it('are lower-case hex of the W3C lengths and do not repeat across pool refills', () => {
    // 1000 of each draws 24 KB: the 4 KiB pool is refilled several times.
    const traces = Array.from({ length: 1000 }, () => newTraceId());
    const spans = Array.from({ length: 1000 }, () => newSpanId());
    expect(traces.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(spans.every((id) => /^[0-9a-f]{16}$/.test(id))).toBe(true);
    expect(new Set(traces).size).toBe(traces.length);
    expect(new Set(spans).size).toBe(spans.length);
  });
});
