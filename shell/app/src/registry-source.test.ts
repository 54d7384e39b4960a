// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { browserFetchJson, readRegistry } from './registry-source.js';
import { registryApp, registryOf } from './testing/registry.js';

const registry = registryOf({ search: registryApp('search') });

function pageWith(inline?: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (inline !== undefined) {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = 'tessera-registry';
    script.textContent = inline;
    doc.head.append(script);
  }
  return doc;
}

describe('reading the registry', () => {
  it('prefers the registry the edge inlined, without fetching', async () => {
    const fetchJson = vi.fn();
    await expect(readRegistry(pageWith(JSON.stringify(registry)), fetchJson)).resolves.toEqual(
      registry,
    );
    expect(fetchJson).not.toHaveBeenCalled();
  });

  it('fetches /registry.json when the page has none', async () => {
    const fetchJson = vi.fn(async () => registry);
    await expect(readRegistry(pageWith(), fetchJson)).resolves.toEqual(registry);
    expect(fetchJson).toHaveBeenCalledWith('/registry.json');
  });

  it('rejects a document without apps', async () => {
    await expect(readRegistry(pageWith('{"revision":1}'), vi.fn())).rejects.toThrow('"apps"');
  });

  it('treats an HTTP error from /registry.json as a failure', async () => {
    const fetchImpl = vi.fn(async () => new Response('nope', { status: 503 }));
    const fetchJson = browserFetchJson(fetchImpl as unknown as typeof fetch);
    await expect(fetchJson('/registry.json')).rejects.toThrow('503');
  });
});
