import {
  JetStreamApiError,
  JetStreamApiCodes,
  type JetStreamClient,
  type PubAck,
} from '@nats-io/jetstream';
import type { StoredEvent } from '../../core/driver.js';
import { LogError, LogErrorCode } from '../../errors.js';
import { withRetry, type RetryContext } from './retry.js';

export interface PublisherOptions {
  js: JetStreamClient;
  retry: RetryContext;
}

function isWrongLastSequence(error: unknown): boolean {
  return (
    error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamWrongLastSequence
  );
}

/**
 * Publishes with msgID = event id (server-side dedupe, so retries are safe) and, for a
 * conditional append, the expected last subject sequence: each log stream has one subject,
 * so that is its head, and unlike the expected last *stream* sequence it accepts 0 (empty).
 * The server checks the msgID before the expectation, so retrying a conditional publish
 * that did land returns its original sequence instead of a conflict.
 */
export function createPublisher(options: PublisherOptions) {
  const publishOne = async (
    subject: string,
    event: StoredEvent,
    expected: number | undefined,
  ): Promise<PubAck> => {
    try {
      return await withRetry(options.retry, (timeout) =>
        options.js.publish(subject, event.body, {
          msgID: event.id,
          timeout,
          ...(expected === undefined ? {} : { expect: { lastSubjectSequence: expected } }),
        }),
      );
    } catch (error) {
      if (!isWrongLastSequence(error)) throw error;
      throw new LogError(
        LogErrorCode.Conflict,
        `stream moved: expected head ${expected}; re-read and retry (${(error as Error).message})`,
        { expectedHead: expected },
        { cause: error },
      );
    }
  };

  return {
    /**
     * One event: a single publish, so concurrent appends pipeline on the connection.
     * Several events: published in order, each awaited. JetStream 2.9 has no atomic batch,
     * so for a conditional batch every message expects the previous one as the head: another
     * writer cannot interleave, but a crash mid-batch leaves a prefix (re-append the same
     * ids to complete it).
     */
    async publishBatch(
      subject: string,
      events: StoredEvent[],
      expectedHead: number | null | undefined,
    ) {
      let chain = expectedHead === undefined ? undefined : (expectedHead ?? 0);
      if (events.length === 1) return [(await publishOne(subject, events[0]!, chain)).seq];
      const offsets: number[] = [];
      for (const event of events) {
        const ack = await publishOne(subject, event, chain);
        offsets.push(ack.seq);
        if (chain !== undefined && !ack.duplicate) chain = ack.seq;
      }
      return offsets;
    },
  };
}
