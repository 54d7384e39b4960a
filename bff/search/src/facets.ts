import type { SearchResult } from 'minisearch';
import type { FacetCount } from './contract.js';
import type { IndexedArticle } from './search-index.js';

export interface FacetFilters {
  section?: string | undefined;
  tag?: string | undefined;
}

export interface Match {
  result: SearchResult;
  article: IndexedArticle;
}

// Tags are open-ended; sections are few. The selected tag is always listed.
const MAX_TAGS = 20;

function sorted(counts: Map<string, number>, limit: number, keep?: string): FacetCount[] {
  const all = [...counts].map(([value, count]) => ({ value, count }));
  all.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  const top = all.slice(0, limit);
  const kept = keep === undefined ? undefined : all.find((facet) => facet.value === keep);
  if (kept && !top.includes(kept)) top.push(kept);
  return top;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * One pass over every result: keeps those that pass both filters and counts
 * each facet over the results that pass the *other* filter, so picking a
 * section still shows how many hits the other sections have.
 */
export function countFacets(
  results: SearchResult[],
  lookup: (id: unknown) => IndexedArticle | undefined,
  filters: FacetFilters,
): { matches: Match[]; facets: { section: FacetCount[]; tag: FacetCount[] } } {
  const sections = new Map<string, number>();
  const tags = new Map<string, number>();
  const matches: Match[] = [];
  for (const result of results) {
    const article = lookup(result.id);
    if (!article) continue;
    const inSection = filters.section === undefined || article.section === filters.section;
    const tagged = filters.tag === undefined || article.tags.includes(filters.tag);
    if (tagged) increment(sections, article.section);
    if (inSection) for (const tag of article.tags) increment(tags, tag);
    if (inSection && tagged) matches.push({ result, article });
  }
  return {
    matches,
    facets: {
      section: sorted(sections, Infinity, filters.section),
      tag: sorted(tags, MAX_TAGS, filters.tag),
    },
  };
}
