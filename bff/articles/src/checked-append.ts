import { randomUUID } from 'node:crypto';
import { ServiceError } from '@tessera/kit';
import {
  LogErrorCode,
  isLogError,
  type EventLog,
  type NewEvent,
  type Projection,
} from '@tessera/log';
import { ArticlesErrors } from './errors.js';
import { ARTICLES_STREAM, type ArticlesState } from './projection/articles.js';

export interface CheckedAppendOptions {
  log: EventLog;
  articles: Projection<ArticlesState>;
  /** How long a write waits for its own event to be applied (default 5 s). */
  applyTimeoutMs?: number;
  /** Appends tried when other writers keep moving the stream (default 5). */
  maxAttempts?: number;
}

/** Builds the event from the state it was checked against; throws to refuse the change. */
export type EventBuilder = (state: ArticlesState) => NewEvent;

const SAVED_NOT_VISIBLE =
  'Your change is saved but not visible yet; reload in a moment instead of sending it again.';
const NOT_SAVED = 'Many editors are saving at once and your change was not saved; try again.';

/**
 * Appends an event checked against the state at offset h, only if the stream
 * is still at h: no rule (unique slugs, no edits after a retraction) can be
 * broken by a writer on another replica between our check and our append.
 * If the stream moved, it catches up and checks again. Resolves once this
 * replica has applied the event (read-your-writes).
 */
export function createCheckedAppend(options: CheckedAppendOptions) {
  const { log, articles } = options;
  const applyTimeoutMs = options.applyTimeoutMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? 5;

  async function waitApplied(offset: number, detail: string): Promise<void> {
    try {
      await articles.waitFor(offset, { timeoutMs: applyTimeoutMs });
    } catch (error) {
      if (!isLogError(error, LogErrorCode.Timeout)) throw error;
      throw new ServiceError(ArticlesErrors.busy, detail, { cause: error });
    }
  }

  async function append(event: NewEvent, head: number): Promise<number> {
    try {
      const { offsets } = await log.append(ARTICLES_STREAM, [event], { expectedHead: head });
      return offsets[0]!;
    } catch (error) {
      // The log being down or closing is an outage, not the caller's fault: 503, not 500.
      if (isLogError(error, LogErrorCode.Unavailable) || isLogError(error, LogErrorCode.Closed)) {
        throw new ServiceError(ArticlesErrors.busy, 'The change could not be saved; try again.', {
          cause: error,
        });
      }
      throw error;
    }
  }

  async function catchUp(detail: string): Promise<void> {
    await waitApplied(await log.head(ARTICLES_STREAM), detail);
  }

  /**
   * A refusal (404, 409, 410) seen on this replica's state may only mean it has
   * not applied another replica's latest write yet: refuse only once caught up.
   */
  async function buildFresh(build: EventBuilder): Promise<{ event: NewEvent; head: number }> {
    try {
      return { head: articles.offset, event: build(articles.state) };
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await catchUp(NOT_SAVED);
      return { head: articles.offset, event: build(articles.state) };
    }
  }

  async function appendChecked(build: EventBuilder, traceId: string): Promise<void> {
    const id = randomUUID();
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const { event, head } = await buildFresh(build);
      try {
        const offset = await append({ ...event, id, traceId }, head);
        await waitApplied(offset, SAVED_NOT_VISIBLE);
        return;
      } catch (error) {
        if (!isLogError(error, LogErrorCode.Conflict)) throw error;
        await catchUp(NOT_SAVED);
      }
    }
    throw new ServiceError(ArticlesErrors.busy, NOT_SAVED);
  }

  return appendChecked;
}
