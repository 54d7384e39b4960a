import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createService } from './service.js';
import { installGracefulStop } from './shutdown.js';
import { captureLogger } from './testing.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('graceful stop', () => {
  it('finishes the in-flight request, closes resources, then exits 0 on SIGTERM', async () => {
    const release = deferred();
    const entered = deferred();
    const closed: string[] = [];
    const app = createService({
      name: 'g',
      logger: captureLogger().logger,
      defaultMetrics: false,
      closeOnStop: [{ close: async () => void closed.push('log') }],
    });
    app.get('/slow', async () => {
      entered.resolve();
      await release.promise;
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const signals = new EventEmitter();
    const exits: number[] = [];
    installGracefulStop(app, { signals, exit: (code) => void exits.push(code) });

    const inFlight = fetch(`http://127.0.0.1:${port}/slow`);
    await entered.promise;
    signals.emit('SIGTERM');
    expect(exits).toEqual([]);
    release.resolve();
    const res = await inFlight;
    expect(await res.json()).toEqual({ done: true });
    while (exits.length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(exits).toEqual([0]);
    expect(closed).toEqual(['log']);
  });

  it('exits 1 when stopping outlasts the deadline', async () => {
    const app = createService({
      name: 'g',
      logger: captureLogger().logger,
      defaultMetrics: false,
      closeOnStop: [{ close: () => new Promise(() => undefined) }],
    });
    const exits: number[] = [];
    const exited = new Promise<void>((resolve) => {
      const stop = installGracefulStop(app, {
        signals: new EventEmitter(),
        timeoutMs: 20,
        exit: (code) => {
          exits.push(code);
          resolve();
        },
      });
      void stop();
    });
    await exited;
    expect(exits).toEqual([1]);
  });

  it('exits 1 at once on a second signal', async () => {
    const app = createService({
      name: 'g',
      logger: captureLogger().logger,
      defaultMetrics: false,
      closeOnStop: [{ close: () => new Promise(() => undefined) }],
    });
    const signals = new EventEmitter();
    const exits: number[] = [];
    installGracefulStop(app, { signals, exit: (code) => void exits.push(code) });
    signals.emit('SIGINT');
    signals.emit('SIGINT');
    expect(exits).toEqual([1]);
  });
});
