import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeSchema, type Change } from './contract/index.js';
import { draft, editor, startTestBff, type TestBff } from './testing.js';

let t: TestBff;
let base: string;

beforeEach(async () => {
  t = await startTestBff({ heartbeatMs: 40 });
  base = await t.bff.app.listen({ port: 0, host: '127.0.0.1' });
});
afterEach(() => t.close());

/** Reads an event stream as text until `done` says it has seen enough, or the stream ends. */
async function readUntil(response: Response, done: (text: string) => boolean): Promise<string> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!done(text)) {
    const { value, done: ended } = await reader.read();
    if (ended) return text;
    text += value;
  }
  await reader.cancel();
  return text;
}

function changesIn(text: string): Array<{ id: string; event: string; data: Change }> {
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('id: '))
    .map((frame) => {
      const field = (name: string) =>
        frame
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))!
          .slice(name.length + 2);
      return {
        id: field('id'),
        event: field('event'),
        data: changeSchema.parse(JSON.parse(field('data'))),
      };
    });
}

async function write(method: 'POST' | 'PATCH', url: string, payload: object) {
  const response = await t.bff.app.inject({ method, url, payload, headers: await t.as(editor) });
  expect(response.statusCode).toBeLessThan(300);
}

describe('the change stream', () => {
  it('sends published, revised and retracted changes with slug and title', async () => {
    const response = await fetch(`${base}/api/articles/events`);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readUntil(response, (text) => changesIn(text).length === 3);
    await write('POST', '/api/articles', draft({ slug: 'live', title: 'Live one' }));
    await write('PATCH', '/api/articles/by-slug/live', { title: 'Live two' });
    await write('POST', '/api/articles/by-slug/live/retraction', { reason: 'Test over.' });
    const changes = changesIn(await reading);
    expect(changes.map((c) => [c.event, c.data.kind, c.data.slug, c.data.title])).toEqual([
      ['published', 'published', 'live', 'Live one'],
      ['revised', 'revised', 'live', 'Live two'],
      ['retracted', 'retracted', 'live', 'Live two'],
    ]);
    expect(changes.map((c) => c.id)).toEqual(changes.map((c) => String(c.data.offset)));
  });

  it('sends heartbeats while nothing happens', async () => {
    const response = await fetch(`${base}/api/articles/events`);
    const text = await readUntil(response, (seen) => seen.split(': heartbeat').length > 2);
    expect(text.startsWith('retry: ')).toBe(true);
  });

  it('replays what a client missed after its Last-Event-ID', async () => {
    await write('POST', '/api/articles', draft({ slug: 'first' }));
    await write('POST', '/api/articles', draft({ slug: 'second' }));
    await write('POST', '/api/articles', draft({ slug: 'third' }));
    const seen = t.bff.changes.since(0)[0]!.offset;
    const response = await fetch(`${base}/api/articles/events`, {
      headers: { 'last-event-id': String(seen) },
    });
    const text = await readUntil(response, (s) => changesIn(s).length === 2);
    expect(changesIn(text).map((c) => c.data.slug)).toEqual(['second', 'third']);
  });

  it('does not replay the rebuild: a restarted service only streams new changes', async () => {
    await write('POST', '/api/articles', draft({ slug: 'old-news' }));
    const again = await startTestBff({ log: t.log, sessions: t.sessions, users: false });
    expect(again.bff.changes.since(0)).toEqual([]);
    const response = await again.bff.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: draft({ slug: 'fresh-news' }),
      headers: await again.as(editor),
    });
    expect(response.statusCode).toBe(201);
    expect(again.bff.changes.since(0).map((c) => c.slug)).toEqual(['fresh-news']);
    await again.close();
  });

  it('ends open streams cleanly when the service stops', async () => {
    const response = await fetch(`${base}/api/articles/events`);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toContain('retry: 3000');
    const drain = async () => {
      while (!(await reader.read()).done);
    };
    // Without the stream being ended, close() would wait on the open connection forever.
    await Promise.all([t.bff.app.close(), drain()]);
    expect(t.bff.app.server.listening).toBe(false);
  });
});
