import type { ArticleFile, RevisionFile, SectionInfo, Writer } from './schema.js';

export interface CorpusFiles {
  sections: SectionInfo[];
  tags: string[];
  writers: Writer[];
  articles: ArticleFile[];
  revisions: RevisionFile[];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

function checkArticle(article: ArticleFile, files: CorpusFiles): string[] {
  const problems: string[] = [];
  const where = `article "${article.slug}"`;
  if (!files.sections.some((s) => s.slug === article.section)) {
    problems.push(`${where}: unknown section "${article.section}" (add it to sections.json)`);
  }
  for (const tag of article.tags) {
    if (!files.tags.includes(tag)) problems.push(`${where}: tag "${tag}" is not in tags.json`);
  }
  if (duplicates(article.tags).length > 0) problems.push(`${where}: repeats a tag`);
  if (!files.writers.some((w) => w.username === article.author)) {
    problems.push(`${where}: byline "${article.author}" is not in writers.json`);
  }
  return problems;
}

function checkRevision(revision: RevisionFile, files: CorpusFiles): string[] {
  const where = `revision of "${revision.article}" on ${revision.date}`;
  const article = files.articles.find((a) => a.slug === revision.article);
  if (!article) return [`${where}: no article has that slug`];
  const problems: string[] = [];
  if (Date.parse(revision.date) <= Date.parse(article.date)) {
    problems.push(`${where}: must be dated after the article (${article.date})`);
  }
  const editor = files.writers.find((w) => w.username === revision.editor);
  if (editor?.role !== 'editor') {
    problems.push(`${where}: "${revision.editor}" is not a writer with the editor role`);
  }
  for (const tag of revision.tags ?? []) {
    if (!files.tags.includes(tag)) problems.push(`${where}: tag "${tag}" is not in tags.json`);
  }
  return problems;
}

/** Cross-file rules the schemas alone cannot express; returns one message per problem. */
export function checkCorpus(files: CorpusFiles): string[] {
  const problems: string[] = [];
  for (const slug of duplicates(files.articles.map((a) => a.slug))) {
    problems.push(`slug "${slug}" is used by more than one article`);
  }
  for (const name of duplicates(files.writers.map((w) => w.username))) {
    problems.push(`writer "${name}" is listed twice`);
  }
  for (const tag of duplicates(files.tags)) problems.push(`tag "${tag}" is listed twice`);
  for (const article of files.articles) problems.push(...checkArticle(article, files));
  for (const revision of files.revisions) problems.push(...checkRevision(revision, files));
  return problems;
}
