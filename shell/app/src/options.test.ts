// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultShellOptions, parseNumbers, readShellOptions } from './options.js';

function docWith(metas: Record<string, string>): Document {
  const doc = document.implementation.createHTMLDocument('t');
  for (const [name, content] of Object.entries(metas)) {
    const meta = doc.createElement('meta');
    meta.name = name;
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
}

describe('shell options', () => {
  it('parses key=value numbers and drops the rest', () => {
    expect(parseNumbers('load=2000, mount = 500; x=abc, y=-1, =3, z')).toEqual({
      load: 2000,
      mount: 500,
    });
  });

  it('uses the defaults when the page says nothing', () => {
    expect(readShellOptions(docWith({}))).toEqual(defaultShellOptions);
  });

  it('takes timeouts and retry settings from meta tags', () => {
    const doc = docWith({
      'tessera-timeouts': 'load=1500, mount=800',
      'tessera-retry': 'attempts=2, base=10, max=40',
    });
    expect(readShellOptions(doc)).toEqual({
      loadTimeoutMs: 1500,
      mountTimeoutMs: 800,
      retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 40 },
    });
  });

  it('always makes at least one attempt', () => {
    const doc = docWith({ 'tessera-retry': 'attempts=0' });
    expect(readShellOptions(doc).retry.attempts).toBe(1);
  });
});
