import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './parse';

describe('the Markdown reader', () => {
  it('reads paragraphs, headings, lists, quotes, code and rules', () => {
    const blocks = parseMarkdown(
      [
        'First line',
        'same paragraph.',
        '',
        '## What comes next',
        '',
        '- one',
        '- two',
        '  continued',
        '',
        '3. third',
        '4. fourth',
        '',
        '> "Quoted," she said.',
        '',
        '```',
        'code <b>',
        '```',
        '',
        '---',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'list',
      'list',
      'quote',
      'code',
      'rule',
    ]);
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'First line\nsame paragraph.' }],
    });
    expect(blocks[1]).toMatchObject({ type: 'heading', level: 2 });
    expect(blocks[2]).toMatchObject({
      ordered: false,
      items: [[{ text: 'one' }], [{ text: 'two\ncontinued' }]],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 3 });
    expect(blocks[5]).toEqual({ type: 'code', text: 'code <b>' });
  });

  it('reads emphasis, strong, code spans, links, escapes and hard breaks', () => {
    expect(parseInline('**Jonah Pike**, *Harbour Greens* and `x*y*`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'Jonah Pike' }] },
      { type: 'text', text: ', ' },
      { type: 'em', children: [{ type: 'text', text: 'Harbour Greens' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'x*y*' },
    ]);
    expect(parseInline('[the *plan*](https://example.org/plan "title")')).toEqual([
      {
        type: 'link',
        href: 'https://example.org/plan',
        children: [
          { type: 'text', text: 'the ' },
          { type: 'em', children: [{ type: 'text', text: 'plan' }] },
        ],
      },
    ]);
    expect(parseInline('2 \\* 3 and snake_case_name')).toEqual([
      { type: 'text', text: '2 * 3 and snake_case_name' },
    ]);
    expect(parseInline('line  \nnext')).toEqual([
      { type: 'text', text: 'line' },
      { type: 'break' },
      { type: 'text', text: 'next' },
    ]);
  });

  it('keeps raw HTML as text and drops links to scripts and data', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(parseInline('[click](javascript:alert(1))')).not.toContainEqual(
      expect.objectContaining({ type: 'link' }),
    );
    expect(parseInline('[x](JaVaScRiPt:alert)')).toEqual([{ type: 'text', text: 'x' }]);
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
    expect(safeHref('/articles/x')).toBe('/articles/x');
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });
});
