// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readInlineManifests } from './inline-manifests.js';

const MANIFEST = { metaData: { name: 'tessera_search' }, exposes: [] };
const URL_PATH = '/assets/search/1.0.0+aaaaaa1/mf-manifest.json';

function pageWith(json: string | undefined): Document {
  document.body.innerHTML =
    json === undefined
      ? ''
      : `<script type="application/json" id="tessera-manifests">${json}</script>`;
  return document;
}

describe('manifests inlined by the edge', () => {
  it('are read by absolute URL', () => {
    const manifests = readInlineManifests(pageWith(JSON.stringify({ [URL_PATH]: MANIFEST })));
    const absolute = new URL(URL_PATH, document.baseURI).href;
    expect([...manifests.keys()]).toEqual([absolute]);
    expect(manifests.get(absolute)).toEqual(MANIFEST);
  });

  it('are none when the page has none or they are unreadable', () => {
    expect(readInlineManifests(pageWith(undefined)).size).toBe(0);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readInlineManifests(pageWith('{not json')).size).toBe(0);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
