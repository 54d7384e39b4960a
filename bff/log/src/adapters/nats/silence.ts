/** What this adapter uses of an ordered consumer's messages (the client's ConsumerMessages fits). */
export interface OrderedMessages extends AsyncIterable<{ seq: number; string(): string }> {
  status(): AsyncIterable<{ type: string; count?: number }>;
  stop(): void;
}

/** Idle heartbeats missed in a row after which a consumer is presumed lost. */
export const MAX_MISSED_HEARTBEATS = 3;

/**
 * Ends `messages` once its consumer misses `maxMissed` idle heartbeats in a row. That is how
 * a consumer whose server died shows: the client then only retries a consumer info that times
 * out, forever, and the iterator neither delivers nor ends. The caller starts a new consumer.
 */
export async function stopWhenSilent(
  messages: OrderedMessages,
  onSilent: () => void = () => {},
  maxMissed = MAX_MISSED_HEARTBEATS,
): Promise<void> {
  for await (const status of messages.status()) {
    if (status.type !== 'heartbeats_missed' || (status.count ?? 0) < maxMissed) continue;
    onSilent();
    messages.stop();
    return;
  }
}
