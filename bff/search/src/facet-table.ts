import { grown } from './grown.js';

/**
 * Each document's section and tags as interned ids in flat typed arrays, by
 * document number: counting facets over tens of thousands of hits then reads
 * memory in order instead of visiting an object per hit. Tags are stored as
 * one list with a start offset per document, so documents must be added in
 * document-number order (the term index hands numbers out in order).
 */
export class FacetTable {
  sections: Int32Array = new Int32Array(1024);
  /** Document d's tags are tags[tagStart[d]] up to tags[tagStart[d + 1]]. */
  tagStart: Int32Array = new Int32Array(1025);
  tags: Int32Array = new Int32Array(4096);
  private size = 0;

  add(doc: number, sectionId: number, tagIds: readonly number[]): void {
    if (doc !== this.size) throw new RangeError(`facets of document ${doc} added out of order`);
    if (doc + 2 > this.tagStart.length) {
      this.sections = grown(this.sections, this.sections.length * 2);
      this.tagStart = grown(this.tagStart, this.tagStart.length * 2);
    }
    const start = this.tagStart[doc]!;
    if (start + tagIds.length > this.tags.length) {
      this.tags = grown(this.tags, Math.max(this.tags.length * 2, start + tagIds.length));
    }
    this.sections[doc] = sectionId;
    this.tags.set(tagIds, start);
    this.tagStart[doc + 1] = start + tagIds.length;
    this.size++;
  }

  hasTag(doc: number, tagId: number): boolean {
    for (let i = this.tagStart[doc]!; i < this.tagStart[doc + 1]!; i++) {
      if (this.tags[i] === tagId) return true;
    }
    return false;
  }
}
