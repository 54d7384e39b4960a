import type { FacetCount } from './contract.js';
import type { FacetTable } from './facet-table.js';

/** Interns facet values as small integers, so counting a result set is array arithmetic. */
export interface FacetValues {
  id(value: string): number;
  find(value: string): number | undefined;
  readonly values: readonly string[];
}

export function createFacetValues(): FacetValues {
  const ids = new Map<string, number>();
  const values: string[] = [];
  return {
    id(value) {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.push(value) - 1;
        ids.set(value, id);
      }
      return id;
    },
    find: (value) => ids.get(value),
    values,
  };
}

export interface FacetFilters {
  section?: string | undefined;
  tag?: string | undefined;
}

// Tags are open-ended; sections are few. The selected tag is always listed.
const MAX_TAGS = 20;

function sorted(counts: Int32Array, values: FacetValues, limit: number, keep?: string) {
  const all: FacetCount[] = [];
  counts.forEach((count, id) => {
    if (count > 0) all.push({ value: values.values[id]!, count });
  });
  all.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  const top = all.slice(0, limit);
  const kept = keep === undefined ? undefined : all.find((facet) => facet.value === keep);
  if (kept && !top.includes(kept)) top.push(kept);
  return top;
}

// -1 never matches an interned id: a filter naming an unknown value matches nothing.
function filterId(values: FacetValues, value: string | undefined): number | undefined {
  return value === undefined ? undefined : (values.find(value) ?? -1);
}

/**
 * One pass over every matching document: keeps those that pass both filters
 * and counts each facet over the ones that pass the *other* filter, so picking
 * a section still shows how many hits the other sections have.
 */
export function countFacets(
  docs: readonly number[],
  table: FacetTable,
  filters: FacetFilters,
  values: { section: FacetValues; tag: FacetValues },
): { matches: number[]; facets: { section: FacetCount[]; tag: FacetCount[] } } {
  const sections = new Int32Array(values.section.values.length);
  const tags = new Int32Array(values.tag.values.length);
  const sectionId = filterId(values.section, filters.section);
  const tagId = filterId(values.tag, filters.tag);
  const { sections: sectionOf, tagStart, tags: tagIds } = table;
  const matches: number[] = [];
  for (const doc of docs) {
    const inSection = sectionId === undefined || sectionOf[doc] === sectionId;
    const tagged = tagId === undefined || table.hasTag(doc, tagId);
    if (tagged) sections[sectionOf[doc]!]!++;
    if (inSection) for (let i = tagStart[doc]!; i < tagStart[doc + 1]!; i++) tags[tagIds[i]!]!++;
    if (inSection && tagged) matches.push(doc);
  }
  return {
    matches,
    facets: {
      section: sorted(sections, values.section, Infinity, filters.section),
      tag: sorted(tags, values.tag, MAX_TAGS, filters.tag),
    },
  };
}
