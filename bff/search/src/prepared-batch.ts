import type { EventEnvelope } from '@tessera/log';
import type { ArticlePublished, ArticleRetracted, ArticleRevised } from '@tessera/log/schemas';
import { FIELD_COUNT } from './analysis.js';
import { grown } from './grown.js';
import { prepareFields, type PreparedFields } from './prepared.js';
import { DocumentTerms, type WordArrays } from './scan.js';
import { Vocabulary } from './vocabulary.js';

/** One event of the articles stream, prepared for the index; `doc` numbers its words in the batch. */
export type PreparedEvent =
  | {
      kind: 'published';
      offset: number;
      articleId: string;
      slug: string;
      fields: PreparedFields;
      doc: number;
    }
  | { kind: 'revised'; offset: number; articleId: string; fields: PreparedFields; doc: number }
  | { kind: 'retracted'; offset: number; articleId: string }
  /** A type the index does not fold: applied as nothing. */
  | { kind: 'ignored'; offset: number };

/** The words of a batch's documents: document d's fields end at fieldEnds[d * FIELD_COUNT + f]. */
export interface BatchWords extends WordArrays {
  fieldEnds: Int32Array<ArrayBuffer>;
}

/**
 * Events prepared by a worker thread: fields as the index keeps them, words
 * as the worker's term ids. `terms` are the terms its vocabulary added since
 * the previous batch, ids `firstTerm` onwards.
 */
export interface PreparedBatch {
  kind: 'batch';
  events: PreparedEvent[];
  firstTerm: number;
  terms: string[];
  words: BatchWords;
  /** Words in `words`, all documents together. */
  wordCount: number;
}

/** Buffers for a batch's words; the main thread hands them back once it has applied the batch. */
export function batchWords(words = 1 << 18, documents = 1024): BatchWords {
  return {
    ids: new Int32Array(words),
    starts: new Int32Array(words),
    ends: new Int32Array(words),
    shapes: new Uint8Array(words),
    fieldEnds: new Int32Array(documents * FIELD_COUNT),
  };
}

/** The buffers to transfer (not copy) with a batch's words. */
export function transferListOf(words: BatchWords): ArrayBuffer[] {
  return [words.ids, words.starts, words.ends, words.shapes, words.fieldEnds].map((a) => a.buffer);
}

/**
 * Reads events into prepared batches with its own vocabulary: the worker's
 * half of indexing. It must see the stream from its first event: it tracks
 * which articles are live, so it reads words exactly where the index will
 * add them (a revision of an article the index does not hold adds nothing),
 * and its vocabulary numbers terms in the order a single-threaded rebuild
 * would (prefix matches, and so suggestions, follow that order).
 */
export class BatchPreparer {
  readonly vocabulary = new Vocabulary();
  private readonly live = new Set<string>();
  private termsSent = 0;
  private readonly words = new DocumentTerms(FIELD_COUNT);
  private fieldEnds: Int32Array<ArrayBuffer> = new Int32Array(0);
  private documents = 0;

  /** `events` prepared, their words written to `into` (replaced by larger arrays if they do not fit). */
  prepare(events: readonly EventEnvelope[], into: BatchWords): PreparedBatch {
    const { words } = this;
    Object.assign(words, {
      ids: into.ids,
      starts: into.starts,
      ends: into.ends,
      shapes: into.shapes,
    });
    words.clear();
    this.fieldEnds = into.fieldEnds;
    this.documents = 0;
    const prepared = events.map((event) => this.prepareEvent(event));
    const firstTerm = this.termsSent;
    const terms: string[] = [];
    for (let id = firstTerm; id < this.vocabulary.size; id++)
      terms.push(this.vocabulary.termOf(id));
    this.termsSent = this.vocabulary.size;
    const { ids, starts, ends, shapes } = words;
    return {
      kind: 'batch',
      events: prepared,
      firstTerm,
      terms,
      words: { ids, starts, ends, shapes, fieldEnds: this.fieldEnds },
      wordCount: words.count,
    };
  }

  /**
   * Events the main thread prepares itself: only which articles are live
   * changes here. Terms they bring are new to the index before the next
   * prepared batch brings them again, which keeps the index's term order.
   */
  pass(events: readonly EventEnvelope[]): void {
    for (const event of events) this.trackLive(event);
  }

  /** Which articles the index holds after `event`: a published one until it is retracted. */
  private trackLive(event: EventEnvelope): void {
    if (event.type === 'article.published')
      this.live.add((event.data as ArticlePublished).articleId);
    else if (event.type === 'article.retracted')
      this.live.delete((event.data as ArticleRetracted).articleId);
  }

  private prepareEvent(event: EventEnvelope): PreparedEvent {
    const { offset } = event;
    this.trackLive(event);
    switch (event.type) {
      case 'article.published': {
        const { articleId, slug, ...fields } = event.data as ArticlePublished;
        return { kind: 'published', offset, articleId, slug, ...this.document(fields) };
      }
      case 'article.revised': {
        const { articleId, ...fields } = event.data as ArticleRevised;
        if (!this.live.has(articleId)) return { kind: 'ignored', offset };
        return { kind: 'revised', offset, articleId, ...this.document(fields) };
      }
      case 'article.retracted': {
        const { articleId } = event.data as ArticleRetracted;
        return { kind: 'retracted', offset, articleId };
      }
      default:
        return { kind: 'ignored', offset };
    }
  }

  private document(fields: Parameters<typeof prepareFields>[0]) {
    const prepared = prepareFields(fields, this.vocabulary, this.words);
    const doc = this.documents++;
    if ((doc + 1) * FIELD_COUNT > this.fieldEnds.length) {
      this.fieldEnds = grown(this.fieldEnds, (doc + 1) * FIELD_COUNT * 2);
    }
    this.fieldEnds.set(this.words.fieldEnds, doc * FIELD_COUNT);
    return { fields: prepared, doc };
  }
}
