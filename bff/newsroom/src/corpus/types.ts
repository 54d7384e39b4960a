import type { SectionInfo, Writer } from './schema.js';

export interface CorpusArticle {
  slug: string;
  section: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  /** Username of a writer. */
  author: string;
  /** ISO time of publication. */
  date: string;
  tags: string[];
}

/** An article's full state after a revision (the log carries whole revisions, not diffs). */
export interface CorpusRevision {
  article: string;
  /** 1 for the first revision of an article, 2 for the second. */
  number: number;
  date: string;
  /** Username of the editor who made it. */
  editor: string;
  reason: string;
  section: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
}

export interface Corpus {
  sections: SectionInfo[];
  tags: string[];
  writers: Writer[];
  articles: CorpusArticle[];
  revisions: CorpusRevision[];
}
