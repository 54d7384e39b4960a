import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { ArticlePublished, ArticleRetracted, ArticleRevised } from '@tessera/log/schemas';
import { countFacets, createFacetValues, type FacetFilters } from './facets.js';
import { highlight, opening, snippet } from './highlight.js';
import type { ParsedSearchQuery, SearchHit, SearchResponse, SuggestResponse } from './contract.js';
import { plainText, processTerm, tokenize } from './text.js';

/** What the index keeps per article to filter, count and highlight without the log. */
export interface IndexedArticle {
  articleId: string;
  slug: string;
  section: string;
  title: string;
  summary: string;
  /** The body as plain text, for snippets. */
  text: string;
  tags: string[];
  /** Interned section and tags, for counting facets. */
  sectionId: number;
  tagIds: number[];
}

/** What MiniSearch sees of an article. */
interface IndexedDocument {
  id: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
}

type ArticleFields = Pick<ArticlePublished, 'section' | 'title' | 'summary' | 'body' | 'tags'>;

// Headlines say what a story is about; tags are coarse and shared by many stories.
const BOOST = { title: 4, summary: 2, body: 1, tags: 0.75 };

// Prefix matching from three letters (fewer matches nearly everything);
// one typo from five letters, two from ten (MiniSearch rounds 0.2 × length).
const prefix = (term: string) => term.length >= 3;
const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false);

const SEARCH: SearchOptions = { boost: BOOST, prefix, fuzzy, combineWith: 'AND' };
const SUGGEST: SearchOptions = {
  fields: ['title', 'tags'],
  combineWith: 'AND',
  fuzzy,
  prefix: (_term, i, terms) => i === terms.length - 1,
};

/** A response without the per-request fields the route adds. */
export type Answer<T> = Omit<T, 'took' | 'cached'>;

export interface SearchIndex {
  readonly size: number;
  /** Bumped on every change, so answers can be cached per version. */
  readonly version: number;
  publish(article: ArticlePublished): void;
  revise(revision: ArticleRevised): void;
  retract(retraction: ArticleRetracted): void;
  get(articleId: string): IndexedArticle | undefined;
  search(query: ParsedSearchQuery): Answer<SearchResponse>;
  suggest(q: string, limit: number): Answer<SuggestResponse>;
}

/** Full-text index of the live articles: one MiniSearch plus the fields it shows. */
export function createSearchIndex(): SearchIndex {
  const mini = new MiniSearch<IndexedDocument>({
    fields: ['title', 'summary', 'body', 'tags'],
    storeFields: [],
    tokenize,
    processTerm,
    extractField: (doc, field) => {
      const value = doc[field as keyof typeof doc];
      return Array.isArray(value) ? value.join(' ') : value;
    },
  });
  const articles = new Map<string, IndexedArticle>();
  const facetValues = { section: createFacetValues(), tag: createFacetValues() };
  let version = 0;

  const put = (articleId: string, slug: string, fields: ArticleFields) => {
    const { section, title, summary } = fields;
    const text = plainText(fields.body);
    // A tag listed twice would be counted twice in the facets.
    const tags = [...new Set(fields.tags)];
    const sectionId = facetValues.section.id(section);
    const tagIds = tags.map((tag) => facetValues.tag.id(tag));
    // Only what search shows is kept: the Markdown body is indexed as plain text, then dropped.
    const article: IndexedArticle = {
      articleId,
      slug,
      section,
      title,
      summary,
      text,
      tags,
      sectionId,
      tagIds,
    };
    const doc = { id: articleId, title, summary, body: text, tags };
    if (articles.has(articleId)) mini.replace(doc);
    else mini.add(doc);
    articles.set(articleId, article);
    version++;
  };

  const toHit = (result: SearchResult, article: IndexedArticle): SearchHit => {
    const matched = new Set(result.terms);
    return {
      articleId: article.articleId,
      slug: article.slug,
      section: article.section,
      tags: article.tags,
      score: Math.round(result.score * 1000) / 1000,
      title: highlight(article.title, matched),
      snippet:
        snippet(article.summary, matched) ??
        snippet(article.text, matched) ??
        opening(article.summary || article.text),
    };
  };

  return {
    get size() {
      return articles.size;
    },
    get version() {
      return version;
    },
    publish: ({ articleId, slug, ...fields }) => put(articleId, slug, fields),
    revise({ articleId, ...fields }) {
      const current = articles.get(articleId);
      // A revision of an article we never saw (or retracted) has nothing to update.
      if (current) put(articleId, current.slug, fields);
    },
    retract({ articleId }) {
      if (!articles.delete(articleId)) return;
      mini.discard(articleId);
      version++;
    },
    get: (articleId) => articles.get(articleId),
    search(query) {
      const results = mini.search(query.q, SEARCH);
      const filters: FacetFilters = { section: query.section, tag: query.tag };
      const lookup = (id: string) => articles.get(id);
      const { matches, facets } = countFacets(results, lookup, filters, facetValues);
      const offset = (query.page - 1) * query.pageSize;
      const hits = matches
        .slice(offset, offset + query.pageSize)
        .map(({ result, article }) => toHit(result, article));
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
      const suggestions = mini
        .autoSuggest(q, SUGGEST)
        .slice(0, limit)
        .map(({ suggestion, score }) => ({
          text: suggestion,
          score: Math.round(score * 1000) / 1000,
        }));
      return { query: q, suggestions };
    },
  };
}
