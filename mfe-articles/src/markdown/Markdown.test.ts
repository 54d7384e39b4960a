// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe('the Markdown component', () => {
  it('renders no heading above the second level, and lists as lists', () => {
    expect(html('# Top\n\n## Detours\n\n### Map\n\n- a\n- b')).toBe(
      '<div><h2>Top</h2><h2>Detours</h2><h3>Map</h3><ul><li>a</li><li>b</li></ul></div>',
    );
  });

  it('escapes HTML written in the body instead of rendering it', () => {
    const out = html('<script>alert(1)</script> and <b onclick="x()">bold</b>');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b ');
    expect(out).toContain('&lt;script&gt;');
  });

  it('renders only safe link targets', () => {
    expect(html('[a](https://example.org) [b](javascript:alert)')).toBe(
      '<div><p><a href="https://example.org">a</a> b</p></div>',
    );
  });
});
