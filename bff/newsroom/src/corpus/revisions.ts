import type { ArticleFile, RevisionFile } from './schema.js';
import type { CorpusRevision } from './types.js';

function applyReplacements(body: string, revision: RevisionFile): string {
  let next = body;
  for (const { find, with: replacement } of revision.replace ?? []) {
    if (!next.includes(find)) {
      throw new Error(
        `revision of "${revision.article}" on ${revision.date}: the body does not contain "${find}"`,
      );
    }
    next = next.replace(find, replacement);
  }
  return next;
}

/**
 * Turns each revision (a list of changes) into the article's full state after it, applying
 * an article's revisions in date order on top of one another. Sorted by date.
 */
export function resolveRevisions(
  articles: ArticleFile[],
  revisions: RevisionFile[],
): CorpusRevision[] {
  const current = new Map(articles.map((a) => [a.slug, { ...a }]));
  const counts = new Map<string, number>();
  const ordered = [...revisions].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return ordered.map((revision) => {
    const state = current.get(revision.article);
    if (!state) throw new Error(`revision names an unknown article "${revision.article}"`);
    state.title = revision.title ?? state.title;
    state.summary = revision.summary ?? state.summary;
    state.tags = revision.tags ?? state.tags;
    state.body = applyReplacements(state.body, revision);
    const number = (counts.get(revision.article) ?? 0) + 1;
    counts.set(revision.article, number);
    return {
      article: revision.article,
      number,
      date: revision.date,
      editor: revision.editor,
      reason: revision.reason,
      section: state.section,
      title: state.title,
      summary: state.summary,
      body: state.body,
      tags: [...state.tags],
    };
  });
}
