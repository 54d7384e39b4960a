import type { Logger } from '@tessera/kit';
import { createProjection, type EventLog, type Projection } from '@tessera/log';
import { applyArticleEvent } from './article-events.js';
import { workerCatchUp, type WorkerCatchUpOptions } from './catch-up.js';
import { createSearchIndex, type SearchIndex } from './search-index.js';

export const ARTICLES_STREAM = 'articles';

export interface SearchProjectionOptions {
  logger?: Logger;
  /** Called once per event applied, for the events-applied metric. */
  onApplied?: () => void;
  /**
   * Rebuild with a worker thread reading the log at this URL (the one `log`
   * was opened from); without it, or on a `memory:` log, this thread reads it.
   */
  rebuildWorker?: Pick<WorkerCatchUpOptions, 'url' | 'batchSize' | 'workerUrl' | 'workerFrom'>;
}

/** The articles stream folded into a search index, rebuilt from the start on every boot. */
export function createSearchProjection(
  log: EventLog,
  options: SearchProjectionOptions = {},
): Projection<SearchIndex> {
  return createProjection({
    log,
    stream: ARTICLES_STREAM,
    initial: createSearchIndex,
    // The index is mutated in place: copying 100k documents per event would be absurd.
    apply: (index, event) => {
      const next = applyArticleEvent(index, event);
      options.onApplied?.();
      return next;
    },
    logger: options.logger,
    catchUp:
      options.rebuildWorker && log.adapter !== 'memory'
        ? workerCatchUp({
            ...options.rebuildWorker,
            log,
            stream: ARTICLES_STREAM,
            logger: options.logger,
            onApplied: options.onApplied,
          })
        : undefined,
  });
}
