import { JetStreamApiError, JetStreamApiCodes } from '@nats-io/jetstream';
import { backoffDelay, sleep } from '../../core/backoff.js';
import { LogError, LogErrorCode, isLogError } from '../../errors.js';

export interface RetryContext {
  deadlineMs: number;
  isClosed: () => boolean;
  what: string;
}

/** "No suitable peers for placement": a cluster still forming, or short of a node for a while. */
const NO_SUITABLE_PEERS = 10005;

/** Errors that say "the request is wrong", as opposed to "the cluster is busy or electing". */
export function isPermanent(error: unknown): boolean {
  if (isLogError(error)) return true;
  if (error instanceof JetStreamApiError) {
    if (error.code === NO_SUITABLE_PEERS) return false;
    return error.code === JetStreamApiCodes.StreamWrongLastSequence || error.status === 400;
  }
  return false;
}

/** What a loop that must not stop may retry: transient errors, and LOG_006 (a deadline ran out). */
export function isRetryable(error: unknown): boolean {
  return !isPermanent(error) || isLogError(error, LogErrorCode.Unavailable);
}

/**
 * Runs fn until it succeeds, fails permanently, or the deadline passes (then LOG_006).
 * Retrying is safe because every publish carries the event id as msgID: a retry of a
 * publish that did land is answered as a duplicate with the original sequence.
 */
export async function withRetry<T>(
  context: RetryContext,
  fn: (timeoutMs: number) => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + context.deadlineMs;
  for (let attempt = 0; ; attempt++) {
    if (context.isClosed())
      throw new LogError(LogErrorCode.Closed, 'the event log is closed; open a new one');
    const remaining = deadline - Date.now();
    try {
      return await fn(Math.max(500, Math.min(remaining, 5_000)));
    } catch (error) {
      if (isPermanent(error)) throw error;
      if (Date.now() + 50 >= deadline) {
        throw new LogError(
          LogErrorCode.Unavailable,
          `${context.what} failed for ${context.deadlineMs} ms (${error instanceof Error ? error.message : String(error)}); check that the NATS cluster is up and has a JetStream leader`,
          {},
          { cause: error },
        );
      }
      await sleep(Math.min(backoffDelay(attempt, 50, 1_000), Math.max(0, deadline - Date.now())));
    }
  }
}
