import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseFrontMatter } from '../front-matter.js';
import { ArticleFile, RevisionFile, SectionInfo, Writer } from './schema.js';

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, source: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${source}: ${describe(result.error)}`);
  return result.data;
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`${path}: cannot be read as JSON (${(cause as Error).message})`, { cause });
  }
  return parseWith(schema, value, path);
}

export const readSections = (dir: string) => readJson(dir, 'sections.json', z.array(SectionInfo));
export const readTags = (dir: string) => readJson(dir, 'tags.json', z.array(z.string()));
export const readWriters = (dir: string) => readJson(dir, 'writers.json', z.array(Writer));
export const readRevisions = (dir: string) =>
  readJson(dir, 'revisions.json', z.array(RevisionFile));

/** Every `articles/*.md` file, front matter and body validated. */
export function readArticles(dir: string): ArticleFile[] {
  const folder = join(dir, 'articles');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  return files.map((name) => {
    const source = join(folder, name);
    const { fields, body } = parseFrontMatter(readFileSync(source, 'utf8'), source);
    const tags = fields.tags?.split(',').map((tag) => tag.trim());
    const article = parseWith(ArticleFile, { ...fields, tags, body }, source);
    if (`${article.slug}.md` !== name) {
      throw new Error(`${source}: the file name must be the slug ("${article.slug}.md")`);
    }
    return article;
  });
}
