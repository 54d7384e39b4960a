/** A Markdown file split into its front-matter fields and its body. */
export interface FrontMatterDocument {
  fields: Record<string, string>;
  body: string;
}

const FENCE = '---';

/**
 * Parses the small front-matter dialect the corpus uses: a `---` line, `key: value` lines
 * (one value per line, no nesting), a closing `---` line, then the Markdown body.
 */
export function parseFrontMatter(text: string, source: string): FrontMatterDocument {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== FENCE) throw new Error(`${source}: must start with a "---" front-matter line`);
  const end = lines.indexOf(FENCE, 1);
  if (end === -1) throw new Error(`${source}: the front matter has no closing "---" line`);
  const fields: Record<string, string> = {};
  for (const [index, line] of lines.slice(1, end).entries()) {
    if (line.trim() === '') continue;
    const match = /^([a-z][a-zA-Z]*):\s*(.*)$/.exec(line);
    if (!match) throw new Error(`${source}:${index + 2}: expected "key: value", got "${line}"`);
    const [, key, value] = match as unknown as [string, string, string];
    if (key in fields) throw new Error(`${source}:${index + 2}: "${key}" appears twice`);
    fields[key] = value.trim();
  }
  return {
    fields,
    body: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
  };
}
