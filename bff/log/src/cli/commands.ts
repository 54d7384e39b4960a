import { DEAD_LETTER_STREAM } from '../schemas/dead-letters.js';
import type { EventEnvelope, EventLog } from '../types.js';

export interface CommandContext {
  log: EventLog;
  print: (line: string) => void;
  /** Aborted when the operator interrupts a long-running command (tail --follow). */
  signal: AbortSignal;
}

const json = (value: unknown) => JSON.stringify(value);

export async function tail(
  ctx: CommandContext,
  stream: string,
  limit: number,
  follow: boolean,
): Promise<void> {
  const head = await ctx.log.head(stream);
  const after = Math.max(0, head - limit);
  let shown = after;
  for (
    let page = await ctx.log.read(stream, { after });
    page.length > 0;
    page = await ctx.log.read(stream, { after: shown })
  ) {
    for (const event of page) ctx.print(json(event));
    shown = page[page.length - 1]!.offset;
  }
  if (!follow) return;
  const follower = ctx.log.follow(stream, { after: shown }, (events: EventEnvelope[]) => {
    for (const event of events) ctx.print(json(event));
  });
  ctx.signal.addEventListener('abort', () => void follower.stop(), { once: true });
  await follower.done;
}

export async function stats(ctx: CommandContext, asJson: boolean): Promise<void> {
  const streams = await ctx.log.streams();
  const heads = Object.fromEntries(
    await Promise.all(streams.map(async (s) => [s, await ctx.log.head(s)] as const)),
  );
  const consumers = (await ctx.log.checkpoints()).map((c) => ({
    ...c,
    lag: (heads[c.stream] ?? 0) - c.offset,
  }));
  if (asJson) return ctx.print(json({ adapter: ctx.log.adapter, streams: heads, consumers }));
  ctx.print(`adapter  ${ctx.log.adapter}`);
  ctx.print('streams');
  for (const [stream, head] of Object.entries(heads))
    ctx.print(`  ${stream.padEnd(24)} head ${head}`);
  ctx.print('consumers');
  if (consumers.length === 0) {
    ctx.print('  none with a checkpoint (the BFFs fold their streams from the start at boot)');
  }
  for (const c of consumers) {
    ctx.print(`  ${c.consumer.padEnd(20)} ${c.stream.padEnd(20)} at ${c.offset}  lag ${c.lag}`);
  }
}

export async function replay(
  ctx: CommandContext,
  consumer: string,
  stream: string | undefined,
  to: number,
): Promise<void> {
  const targets = stream
    ? [stream]
    : (await ctx.log.checkpoints()).filter((c) => c.consumer === consumer).map((c) => c.stream);
  if (targets.length === 0) {
    throw new Error(
      `consumer "${consumer}" has no checkpoint; name the stream with --stream to create one`,
    );
  }
  for (const target of targets) {
    await ctx.log.setCheckpoint(consumer, target, to);
    ctx.print(
      `${consumer} on ${target}: checkpoint set to ${to}; it replays from ${to + 1} when it next starts`,
    );
  }
}

export async function deadLetters(ctx: CommandContext, limit: number): Promise<void> {
  const head = await ctx.log.head(DEAD_LETTER_STREAM);
  const events = await ctx.log.read(DEAD_LETTER_STREAM, {
    after: Math.max(0, head - limit),
    limit,
  });
  if (events.length === 0) ctx.print('no dead letters');
  for (const event of events)
    ctx.print(json({ offset: event.offset, time: event.time, ...(event.data as object) }));
}
