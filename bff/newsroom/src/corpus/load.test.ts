import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from './load.js';
import { countWords } from './schema.js';

const corpus = loadCorpus();

describe('the shipped corpus', () => {
  it('has at least 60 articles in at least 5 sections', () => {
    expect(corpus.articles.length).toBeGreaterThanOrEqual(60);
    const used = new Set(corpus.articles.map((a) => a.section));
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const section of corpus.sections) expect(used).toContain(section.slug);
  });

  it('gives every article a unique slug', () => {
    const slugs = corpus.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('bylines every article to a known writer, and has about six writers', () => {
    const writers = new Set(corpus.writers.map((w) => w.username));
    expect(writers.size).toBeGreaterThanOrEqual(5);
    for (const article of corpus.articles) expect(writers).toContain(article.author);
  });

  it('keeps bodies between 120 and 300 words with 2-5 tags from the shared vocabulary', () => {
    for (const article of corpus.articles) {
      expect(countWords(article.body)).toBeGreaterThanOrEqual(120);
      expect(countWords(article.body)).toBeLessThanOrEqual(300);
      expect(article.tags.length).toBeGreaterThanOrEqual(2);
      expect(article.tags.length).toBeLessThanOrEqual(5);
      for (const tag of article.tags) expect(corpus.tags).toContain(tag);
    }
  });

  it('uses every tag on at least two articles, so facet counts mean something', () => {
    for (const tag of corpus.tags) {
      expect(corpus.articles.filter((a) => a.tags.includes(tag)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('spreads publication over at least three weeks', () => {
    const times = corpus.articles.map((a) => Date.parse(a.date));
    const days = (Math.max(...times) - Math.min(...times)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(21);
  });

  it('revises about eight articles, each revision after its article and by an editor', () => {
    const revised = new Set(corpus.revisions.map((r) => r.article));
    expect(revised.size).toBeGreaterThanOrEqual(6);
    for (const revision of corpus.revisions) {
      const article = corpus.articles.find((a) => a.slug === revision.article);
      expect(article, revision.article).toBeDefined();
      expect(Date.parse(revision.date)).toBeGreaterThan(Date.parse(article!.date));
      const editor = corpus.writers.find((w) => w.username === revision.editor);
      expect(editor?.role).toBe('editor');
    }
  });

  it('applies a revision to the article as last revised: numbers count up per article', () => {
    const [first, second] = corpus.revisions.filter(
      (r) => r.article === 'lowmoor-by-election-result',
    );
    expect(first?.number).toBe(1);
    expect(second?.number).toBe(2);
    expect(second?.body).toContain('Fergus Blane 1,240');
    expect(second?.body).toContain('returning officer confirmed');
  });
});

describe('loadCorpus on a broken corpus', () => {
  let dir = '';
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'newsroom-corpus-'));
    cpSync(CORPUS_DIR, dir, { recursive: true });
    return dir;
  };
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names a byline that is not a writer', () => {
    copy();
    edit('articles/brindle-winter-regatta.md', (t) =>
      t.replace('author: declan.mbeki', 'author: nobody.here'),
    );
    expect(() => loadCorpus({ dir })).toThrow(/byline "nobody\.here" is not in writers\.json/);
  });

  it('names a tag outside the vocabulary', () => {
    copy();
    edit('articles/brindle-winter-regatta.md', (t) =>
      t.replace('tags: rowing,', 'tags: canoeing,'),
    );
    expect(() => loadCorpus({ dir })).toThrow(/tag "canoeing" is not in tags\.json/);
  });

  it('names a revision of an article that does not exist', () => {
    copy();
    edit('revisions.json', (t) =>
      t.replace('"article": "brindle-rovers-cup-run"', '"article": "no-such-story"'),
    );
    expect(() => loadCorpus({ dir })).toThrow(
      /revision of "no-such-story".*no article has that slug/,
    );
  });

  it('names a revision whose text to replace is not in the body', () => {
    copy();
    edit('revisions.json', (t) =>
      t.replace('"find": "412 million crowns"', '"find": "999 million crowns"'),
    );
    expect(() => loadCorpus({ dir })).toThrow(/does not contain "999 million crowns"/);
  });

  it('rejects a body that is too short', () => {
    copy();
    writeFileSync(
      join(dir, 'articles/brindle-winter-regatta.md'),
      readFileSync(join(dir, 'articles/brindle-winter-regatta.md'), 'utf8')
        .split('\n')
        .slice(0, 12)
        .join('\n'),
    );
    expect(() => loadCorpus({ dir })).toThrow(/120-300 words/);
  });
});
