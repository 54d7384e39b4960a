import { describe, expect, it, vi } from 'vitest';
import { createRemoteEntries, remoteEntryOf } from './remote-entries.js';

const MANIFEST_URL = 'https://news.example/assets/search/1.0.0+aaaaaa1/mf-manifest.json';
const BASE = 'https://news.example/assets/search/1.0.0+aaaaaa1/';

function manifest(publicPath = 'auto', path = '') {
  return {
    metaData: { publicPath, remoteEntry: { name: 'remoteEntry.js', path, type: 'global' } },
    exposes: [
      {
        path: './search-box',
        assets: {
          js: { sync: ['box.1.js'], async: ['lazy.js'] },
          css: { sync: ['box.1.css'], async: [] },
        },
      },
      { path: './app', assets: { js: { sync: ['app.1.js'] } } },
    ],
  };
}

describe('a remote entry read from its manifest', () => {
  it("sits beside the manifest when publicPath is auto, with each expose's sync files", () => {
    const { entry, exposes } = remoteEntryOf(manifest(), MANIFEST_URL);
    expect(entry).toBe(`${BASE}remoteEntry.js`);
    expect(exposes.get('./search-box')).toEqual([`${BASE}box.1.js`, `${BASE}box.1.css`]);
    expect(exposes.get('./app')).toEqual([`${BASE}app.1.js`]);
  });

  it("honours a fixed publicPath and the entry's own folder", () => {
    const { entry, exposes } = remoteEntryOf(
      manifest('https://cdn.example/search/', 'entry'),
      MANIFEST_URL,
    );
    expect(entry).toBe('https://cdn.example/search/entry/remoteEntry.js');
    expect(exposes.get('./app')).toEqual(['https://cdn.example/search/app.1.js']);
  });

  it('refuses a manifest that names no entry', () => {
    expect(() => remoteEntryOf({ metaData: {} }, MANIFEST_URL)).toThrow(
      `The manifest ${MANIFEST_URL} names no remoteEntry`,
    );
    expect(() => remoteEntryOf(null, MANIFEST_URL)).toThrow('names no remoteEntry');
  });
});

describe('remote entries by manifest URL', () => {
  it('come from the inlined manifests without a fetch, relative URLs included', async () => {
    const fetchJson = vi.fn();
    const entryOf = createRemoteEntries({
      inline: new Map([[MANIFEST_URL, manifest()]]),
      fetchJson,
      baseUrl: 'https://news.example/search?q=x',
    });
    const { entry } = await entryOf('/assets/search/1.0.0+aaaaaa1/mf-manifest.json');
    expect(entry).toBe(`${BASE}remoteEntry.js`);
    expect(fetchJson).not.toHaveBeenCalled();
  });

  it('are fetched once otherwise, and fetched again after a failure', async () => {
    const fetchJson = vi
      .fn()
      .mockRejectedValueOnce(new Error('GET answered 503'))
      .mockResolvedValue(manifest());
    const entryOf = createRemoteEntries({ inline: new Map(), fetchJson, baseUrl: BASE });
    await expect(entryOf(MANIFEST_URL)).rejects.toThrow('503');
    expect((await entryOf(MANIFEST_URL)).entry).toBe(`${BASE}remoteEntry.js`);
    await entryOf(MANIFEST_URL);
    expect(fetchJson.mock.calls).toEqual([[MANIFEST_URL], [MANIFEST_URL]]);
  });
});
