import type { CatchUpContext, EventEnvelope } from '@tessera/log';
import { FIELD_COUNT } from './analysis.js';
import { grown } from './grown.js';
import type { PreparedBatch, PreparedEvent } from './prepared-batch.js';
import { applyArticleEvent } from './article-events.js';
import { DocumentTerms } from './scan.js';
import type { SearchIndex } from './search-index.js';

/**
 * Applies batches a worker prepared to the index, in order: the main
 * thread's half of indexing. The worker numbers terms with its own
 * vocabulary; each batch brings the terms it added, which get the index's
 * ids here, and its words are renumbered in place before they are applied.
 */
export class BatchApplier {
  /** Worker term id → index term id. */
  private indexIds: Int32Array = new Int32Array(1024);
  private readonly document = new DocumentTerms(FIELD_COUNT);

  constructor(private readonly onApplied: () => void = () => {}) {}

  apply(batch: PreparedBatch, context: CatchUpContext<SearchIndex>): void {
    const index = context.state;
    this.learnTerms(batch, index);
    const { ids } = batch.words;
    for (let i = 0; i < batch.wordCount; i++) ids[i] = this.indexIds[ids[i]!]!;
    for (const event of batch.events)
      context.fold(event.offset, (current) => this.applied(this.applyEvent(event, batch, current)));
  }

  /** Events the worker left to this thread, applied as the projection does without a worker. */
  applyEvents(events: readonly EventEnvelope[], context: CatchUpContext<SearchIndex>): void {
    for (const event of events)
      context.fold(event.offset, (index) => this.applied(applyArticleEvent(index, event)));
  }

  /** Counts an event applied (not skipped) for the metric; the index is mutated in place. */
  private applied(index: SearchIndex): SearchIndex {
    this.onApplied();
    return index;
  }

  private learnTerms(batch: PreparedBatch, index: SearchIndex): void {
    const end = batch.firstTerm + batch.terms.length;
    if (end > this.indexIds.length) this.indexIds = grown(this.indexIds, end * 2);
    batch.terms.forEach((term, i) => {
      this.indexIds[batch.firstTerm + i] = index.vocabulary.idOf(term);
    });
  }

  private applyEvent(event: PreparedEvent, batch: PreparedBatch, index: SearchIndex): SearchIndex {
    switch (event.kind) {
      case 'published':
        index.publishPrepared(
          event.articleId,
          event.slug,
          event.fields,
          this.show(batch, event.doc),
        );
        break;
      case 'revised':
        index.revisePrepared(event.articleId, event.fields, this.show(batch, event.doc));
        break;
      case 'retracted':
        index.retract(event);
        break;
    }
    return index;
  }

  /** Document `doc` of the batch, without copying its words. */
  private show(batch: PreparedBatch, doc: number): DocumentTerms {
    const { fieldEnds } = batch.words;
    const first = doc === 0 ? 0 : fieldEnds[doc * FIELD_COUNT - 1]!;
    this.document.showBatch(batch.words, first, fieldEnds.subarray(doc * FIELD_COUNT));
    return this.document;
  }
}
