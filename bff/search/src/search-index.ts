import type { ArticlePublished, ArticleRetracted, ArticleRevised } from '@tessera/log/schemas';
import type { ParsedSearchQuery, SearchHit, SearchResponse, SuggestResponse } from './contract.js';
import { FacetTable } from './facet-table.js';
import { countFacets, createFacetValues, type FacetFilters } from './facets.js';
import { highlight, opening, snippet } from './highlight.js';
import {
  COUNT_ONCE,
  FIELD_COUNT,
  SEARCH_BOOSTS,
  SUGGEST_BOOSTS,
  articleTerms,
  queryTerms,
} from './analysis.js';
import { prepareFields, type ArticleFields, type PreparedFields } from './prepared.js';
import { roundScore, suggestions, topScored } from './ranking.js';
import { DocumentTerms } from './scan.js';
import { TermIndex } from './term-index.js';
import type { TermMatches } from './term-types.js';
import { TextStore } from './text-store.js';
import { Vocabulary } from './vocabulary.js';

/** What the index keeps per article to filter, count and highlight without the log. */
export interface IndexedArticle {
  articleId: string;
  slug: string;
  section: string;
  tags: string[];
  /** Interned section and tags, for counting facets. */
  sectionId: number;
  tagIds: number[];
  /** Its document number in the term index. */
  doc: number;
  /** Its title, summary and body as plain text (for snippets), in the text store. */
  texts: number;
}

/** The texts search reads and shows. */
interface ArticleTexts {
  title: string;
  summary: string;
  text: string;
}

/** A response without the per-request fields the route adds. */
export type Answer<T> = Omit<T, 'took' | 'cached'>;

export interface SearchIndex {
  readonly size: number;
  /** Bumped on every change, so answers can be cached per version. */
  readonly version: number;
  /** Numbers the terms of articles; ids never change, so words scanned with them stay valid. */
  readonly vocabulary: Vocabulary;
  publish(article: ArticlePublished): void;
  revise(revision: ArticleRevised): void;
  retract(retraction: Pick<ArticleRetracted, 'articleId'>): void;
  /** `publish` of fields prepared (`prepareFields`) with this index's vocabulary into `words`. */
  publishPrepared(
    articleId: string,
    slug: string,
    fields: PreparedFields,
    words: DocumentTerms,
  ): void;
  /** `revise` of fields prepared (`prepareFields`) with this index's vocabulary into `words`. */
  revisePrepared(articleId: string, fields: PreparedFields, words: DocumentTerms): void;
  get(articleId: string): IndexedArticle | undefined;
  search(query: ParsedSearchQuery): Answer<SearchResponse>;
  suggest(q: string, limit: number): Answer<SuggestResponse>;
}

/** Full-text index of the live articles: a term index plus the fields it shows. */
export function createSearchIndex(): SearchIndex {
  // One vocabulary for the life of the index, rebuilds included, so term ids never change.
  const vocabulary = new Vocabulary();
  const newTermIndex = () =>
    new TermIndex({ fieldCount: FIELD_COUNT, countOnce: COUNT_ONCE, vocabulary });
  let terms = newTermIndex();
  // The words of the article being published or revised.
  const adding = new DocumentTerms(FIELD_COUNT);
  // The words of stored texts read again: an article being removed, or each one a rebuild keeps.
  const rereading = new DocumentTerms(FIELD_COUNT);
  const articles = new Map<string, IndexedArticle>();
  let byDoc: (IndexedArticle | undefined)[] = [];
  let facetTable = new FacetTable();
  let texts = new TextStore(3, vocabulary);
  const textsOf = (article: IndexedArticle): ArticleTexts => ({
    title: texts.get(article.texts, 0),
    summary: texts.get(article.texts, 1),
    text: texts.get(article.texts, 2),
  });
  const facetValues = { section: createFacetValues(), tag: createFacetValues() };
  let version = 0;

  const reread = (article: IndexedArticle, fields: ArticleTexts) => {
    rereading.clear();
    articleTerms({ ...fields, tags: article.tags }, vocabulary, rereading);
    return rereading;
  };

  const add = (article: IndexedArticle, fields: ArticleTexts, words: DocumentTerms) => {
    article.doc = terms.add(words);
    // The stored texts are the first three fields articleTerms read.
    article.texts = texts.add([fields.title, fields.summary, fields.text], words);
    byDoc[article.doc] = article;
    facetTable.add(article.doc, article.sectionId, article.tagIds);
    articles.set(article.articleId, article);
  };

  const remove = (article: IndexedArticle) => {
    terms.remove(article.doc, reread(article, textsOf(article)));
    byDoc[article.doc] = undefined;
    articles.delete(article.articleId);
    // Removed documents stay in the postings until the index is rebuilt; rebuild once they
    // outnumber the live ones, so revisions cannot grow it without bound.
    if (terms.deadDocs > Math.max(1000, terms.liveDocs)) rebuild();
  };

  const rebuild = () => {
    const live = [...articles.values()].map((article) => ({ article, fields: textsOf(article) }));
    terms = newTermIndex();
    byDoc = [];
    facetTable = new FacetTable();
    // The texts of removed articles go too.
    texts = new TextStore(3, vocabulary);
    for (const { article, fields } of live) add(article, fields, reread(article, fields));
  };

  /** Indexes an article, replacing its current version; `words` are its prepared fields' words. */
  const put = (articleId: string, slug: string, fields: PreparedFields, words: DocumentTerms) => {
    const current = articles.get(articleId);
    if (current) remove(current);
    const article: IndexedArticle = {
      articleId,
      slug,
      section: fields.section,
      tags: fields.tags,
      sectionId: facetValues.section.id(fields.section),
      tagIds: fields.tags.map((tag) => facetValues.tag.id(tag)),
      doc: -1,
      texts: -1,
    };
    add(article, fields, words);
    version++;
  };

  const prepared = (fields: ArticleFields) => {
    adding.clear();
    return prepareFields(fields, vocabulary, adding);
  };

  const toHit = (article: IndexedArticle, found: TermMatches): SearchHit => {
    const matched = new Set(found.termsOf(article.doc));
    const title = texts.get(article.texts, 0);
    const summary = texts.get(article.texts, 1);
    // The body only when the summary has no match to show.
    const text = () => texts.get(article.texts, 2);
    return {
      articleId: article.articleId,
      slug: article.slug,
      section: article.section,
      tags: article.tags,
      score: roundScore(found.score(article.doc)),
      title: highlight(title, matched),
      snippet: snippet(summary, matched) ?? snippet(text(), matched) ?? opening(summary || text()),
    };
  };

  return {
    get size() {
      return articles.size;
    },
    get version() {
      return version;
    },
    vocabulary,
    publish: ({ articleId, slug, ...fields }) => put(articleId, slug, prepared(fields), adding),
    revise({ articleId, ...fields }) {
      const current = articles.get(articleId);
      // A revision of an article we never saw (or retracted) has nothing to update.
      if (current) put(articleId, current.slug, prepared(fields), adding);
    },
    publishPrepared: put,
    revisePrepared(articleId, fields, words) {
      const current = articles.get(articleId);
      if (current) put(articleId, current.slug, fields, words);
    },
    retract({ articleId }) {
      const current = articles.get(articleId);
      if (!current) return;
      remove(current);
      version++;
    },
    get: (articleId) => articles.get(articleId),
    search(query) {
      const found = terms.search(
        queryTerms(query.q, (term) => term.length >= 3),
        SEARCH_BOOSTS,
      );
      const filters: FacetFilters = { section: query.section, tag: query.tag };
      const { matches, facets } = countFacets(found.docs, facetTable, filters, facetValues);
      const offset = (query.page - 1) * query.pageSize;
      const hits = topScored(matches, found, offset + query.pageSize)
        .slice(offset)
        .map((doc) => toHit(byDoc[doc]!, found));
      return {
        query: query.q,
        total: matches.length,
        page: query.page,
        pageSize: query.pageSize,
        pages: Math.ceil(matches.length / query.pageSize),
        hits,
        facets,
      };
    },
    suggest(q, limit) {
      const found = terms.search(
        queryTerms(q, (_term, last) => last),
        SUGGEST_BOOSTS,
      );
      return { query: q, suggestions: suggestions(found).slice(0, limit) };
    },
  };
}
