import { fileURLToPath } from 'node:url';
import { checkCorpus } from './check.js';
import { readArticles, readRevisions, readSections, readTags, readWriters } from './read-files.js';
import { resolveRevisions } from './revisions.js';
import type { Corpus } from './types.js';

/** The corpus shipped with this package. */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

export interface LoadCorpusOptions {
  /** A corpus folder (default: the one shipped with this package). */
  dir?: string;
}

/**
 * Reads and validates the newsroom corpus: every file against its schema, then the links
 * between them (sections, tags, bylines, revisions). Throws one error naming every problem.
 */
export function loadCorpus(options: LoadCorpusOptions = {}): Corpus {
  const dir = options.dir ?? CORPUS_DIR;
  const sections = readSections(dir);
  const tags = readTags(dir);
  const writers = readWriters(dir);
  const articles = readArticles(dir);
  const revisionFiles = readRevisions(dir);
  const problems = checkCorpus({ sections, tags, writers, articles, revisions: revisionFiles });
  if (problems.length > 0) {
    throw new Error(`the corpus in ${dir} has problems:\n- ${problems.join('\n- ')}`);
  }
  const revisions = resolveRevisions(articles, revisionFiles);
  return { sections, tags, writers, articles, revisions };
}
