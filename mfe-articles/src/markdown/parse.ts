/**
 * A Markdown reader for article bodies: the CommonMark constructs a newsroom writes (headings,
 * paragraphs, emphasis, links, lists, quotes, code, rules, line breaks) parsed into a small tree.
 * The tree is rendered as React elements, never as an HTML string, so raw HTML in a body stays
 * text: there is nothing to sanitise but link targets, which `safeHref` filters.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The link target if it is relative or http(s)/mailto; `null` for anything else. */
export function safeHref(raw: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const href = raw.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1];
  if (scheme === undefined) return href.length > 0 ? href : null;
  return SAFE_SCHEMES.has(scheme.toLowerCase()) ? href : null;
}

const INLINE = new RegExp(
  [
    /\\([!-/:-@[-`{-~])/.source, // 1: backslash escape
    /(`+)([^`][\s\S]*?)\2(?!`)/.source, // 2, 3: code span
    /\*\*(?=\S)([\s\S]*?\S)\*\*/.source, // 4: strong
    /__(?=\S)([\s\S]*?\S)__(?!\w)/.source, // 5: strong
    /\*(?=[^\s*])([\s\S]*?[^\s*])\*/.source, // 6: emphasis
    /(?<!\w)_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w)/.source, // 7: emphasis
    /\[((?:\\.|[^\]\\])*)\]\(\s*<?([^\s<>()]*)>?(?:\s+"[^"]*")?\s*\)/.source, // 8, 9: link
    /<((?:https?:\/\/|mailto:)[^\s<>]+)>/.source, // 10: autolink
    /(?: {2,}|\\)\n/.source, // hard line break
  ].join('|'),
  'g',
);

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  const text = (value: string) => {
    if (!value) return;
    const last = out.at(-1);
    if (last?.type === 'text') last.text += value;
    else out.push({ type: 'text', text: value });
  };
  let at = 0;
  for (const match of source.matchAll(INLINE)) {
    text(source.slice(at, match.index));
    at = match.index + match[0].length;
    const [whole, escaped, , code, strong, strong2, em, em2, label, target, auto] = match;
    if (escaped !== undefined) text(escaped);
    else if (code !== undefined) out.push({ type: 'code', text: code.trim() || code });
    else if (strong !== undefined || strong2 !== undefined)
      out.push({ type: 'strong', children: parseInline(strong ?? strong2 ?? '') });
    else if (em !== undefined || em2 !== undefined)
      out.push({ type: 'em', children: parseInline(em ?? em2 ?? '') });
    else if (label !== undefined) {
      const href = safeHref(target ?? '');
      const children = parseInline(label);
      if (href) out.push({ type: 'link', href, children });
      else out.push(...children);
    } else if (auto !== undefined) {
      const href = safeHref(auto);
      if (href) out.push({ type: 'link', href, children: [{ type: 'text', text: auto }] });
      else text(auto);
    } else if (whole.endsWith('\n')) out.push({ type: 'break' });
  }
  text(source.slice(at));
  return out;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}> ?/;
const BULLET = /^ {0,3}([-*+])[ \t]+/;
const NUMBER = /^ {0,3}(\d{1,9})[.)][ \t]+/;
const blank = (line: string) => line.trim() === '';

function startsBlock(line: string): boolean {
  return [HEADING, RULE, FENCE, QUOTE, BULLET, NUMBER].some((pattern) => pattern.test(line));
}

function readList(lines: string[], from: number): { block: Block; next: number } {
  const ordered = NUMBER.test(lines[from] ?? '');
  const marker = ordered ? NUMBER : BULLET;
  const items: string[] = [];
  let i = from;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const item = marker.exec(line);
    if (item) items.push(line.slice(item[0].length));
    else if (!blank(line) && items.length > 0 && !startsBlock(line))
      items[items.length - 1] += `\n${line.trim()}`;
    else if (blank(line) && marker.test(lines[i + 1] ?? '')) {
      i += 1;
      continue;
    } else break;
    i += 1;
  }
  const start = ordered ? Number(NUMBER.exec(lines[from] ?? '')?.[1] ?? 1) : 1;
  return { block: { type: 'list', ordered, start, items: items.map(parseInline) }, next: i };
}

function parseLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (blank(line)) {
      i += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence[1] ?? '```'));
      const end = close === -1 ? lines.length : close;
      blocks.push({ type: 'code', text: lines.slice(i + 1, end).join('\n') });
      i = end + 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] ?? '') });
      i += 1;
    } else if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i += 1;
    } else if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && !blank(lines[i] ?? '')) {
        quoted.push((lines[i] ?? '').replace(QUOTE, ''));
        i += 1;
      }
      blocks.push({ type: 'quote', children: parseLines(quoted) });
    } else if (BULLET.test(line) || NUMBER.test(line)) {
      const { block, next } = readList(lines, i);
      blocks.push(block);
      i = next;
    } else {
      const paragraph: string[] = [];
      while (
        i < lines.length &&
        !blank(lines[i] ?? '') &&
        (paragraph.length === 0 || !startsBlock(lines[i] ?? ''))
      ) {
        paragraph.push(lines[i] ?? '');
        i += 1;
      }
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n').trim()) });
    }
  }
  return blocks;
}

/** Parses a Markdown document into blocks. */
export function parseMarkdown(source: string): Block[] {
  return parseLines(source.replace(/\r\n?/g, '\n').split('\n'));
}
