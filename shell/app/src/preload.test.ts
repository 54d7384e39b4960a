// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true}}
import { describe, expect, it } from 'vitest';
import { linkPreloader } from './preload.js';

const preloads = () =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]'), (link) => [
    link.as,
    link.getAttribute('href'),
  ]);

describe('the link preloader', () => {
  it('asks for scripts and stylesheets once each, skipping what the edge already preloaded', () => {
    document.head.innerHTML = '<link rel="preload" as="script" href="https://a.example/app.js">';
    const preload = linkPreloader(document);
    preload(['https://a.example/app.js', 'https://a.example/box.js', 'https://a.example/box.css']);
    preload(['https://a.example/box.js']);
    expect(preloads()).toEqual([
      ['script', 'https://a.example/app.js'],
      ['script', 'https://a.example/box.js'],
      ['style', 'https://a.example/box.css'],
    ]);
  });
});
