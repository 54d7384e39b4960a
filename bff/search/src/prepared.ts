import type { ArticlePublished } from '@tessera/log/schemas';
import { articleTerms } from './analysis.js';
import type { DocumentTerms } from './scan.js';
import { plainText } from './text.js';
import type { Vocabulary } from './vocabulary.js';

/** The fields of a published or revised article, as the index reads them. */
export type ArticleFields = Pick<
  ArticlePublished,
  'section' | 'title' | 'summary' | 'body' | 'tags'
>;

/** What the index keeps of an article's fields: its tags once each, its body as plain text. */
export interface PreparedFields {
  section: string;
  tags: string[];
  title: string;
  summary: string;
  text: string;
}

/**
 * Prepares an article's fields for the index and appends their words to
 * `into` as one document (`articleTerms`): the part of indexing that needs
 * no index, so a worker thread can do it while the index is being filled.
 */
export function prepareFields(
  fields: ArticleFields,
  vocabulary: Vocabulary,
  into: DocumentTerms,
): PreparedFields {
  // A tag listed twice would be counted twice in the facets.
  const tags = [...new Set(fields.tags)];
  // Only what search shows is kept: the Markdown body is indexed as plain text, then dropped.
  const prepared = {
    section: fields.section,
    tags,
    title: fields.title,
    summary: fields.summary,
    text: plainText(fields.body),
  };
  articleTerms(prepared, vocabulary, into);
  return prepared;
}
