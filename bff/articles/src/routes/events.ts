import type { FastifyInstance } from 'fastify';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Change } from '../contract/index.js';
import type { RouteContext } from './context.js';

function frame(change: Change): string {
  return `id: ${change.offset}\nevent: ${change.kind}\ndata: ${JSON.stringify(change)}\n\n`;
}

/** EventSource sends back the last id it saw; anything unusable just means "from now". */
function lastEventId(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/**
 * GET /events: a server-sent event per published, revised or retracted
 * article, a comment line as heartbeat, and `retry:` so browsers reconnect
 * (with Last-Event-ID, which replays what they missed). Every open stream is
 * ended when the service stops, so a stop never waits on a reader.
 */
export function eventRoutes(ctx: RouteContext) {
  return async function register(app: FastifyInstance) {
    const open = new Set<() => void>();
    app.addHook('preClose', async () => {
      for (const end of [...open]) end();
    });

    app.get('/events', (request, reply) => {
      const res: ServerResponse = reply.raw;
      const headers: OutgoingHttpHeaders = {
        ...(reply.getHeaders() as OutgoingHttpHeaders),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // Proxies (nginx and the like) must pass each event on at once.
        'x-accel-buffering': 'no',
      };
      reply.hijack();
      res.writeHead(200, headers);
      res.write('retry: 3000\n\n');
      const after = lastEventId(request.headers['last-event-id']);
      if (after !== undefined)
        for (const change of ctx.changes.since(after)) res.write(frame(change));

      const unsubscribe = ctx.changes.subscribe((change) => res.write(frame(change)));
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), ctx.heartbeatMs);
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
        if (!res.writableEnded) res.end();
      };
      open.add(end);
      res.on('close', end);
    });
  };
}
