// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { inlineManifestFetch, readInlineManifests } from './inline-manifests.js';

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
    expect(JSON.parse(manifests.get(absolute)!)).toEqual(MANIFEST);
  });

  it('are none when the page has none or they are unreadable', () => {
    expect(readInlineManifests(pageWith(undefined)).size).toBe(0);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readInlineManifests(pageWith('{not json')).size).toBe(0);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it("answer the runtime's fetch of an inlined manifest without the network", async () => {
    const network = vi.fn(async () => new Response('{}'));
    const base = 'https://news.example/search';
    const manifests = new Map([[new URL(URL_PATH, base).href, JSON.stringify(MANIFEST)]]);
    const fetchManifest = inlineManifestFetch(manifests, base, network);
    const response = await fetchManifest(`https://news.example${URL_PATH}`);
    expect(response.ok).toBe(true);
    expect(await response.json()).toEqual(MANIFEST);
    expect(network).not.toHaveBeenCalled();
  });

  it('send every other request to the network', async () => {
    const network = vi.fn(async () => new Response('{"other":true}'));
    const fetchOther = inlineManifestFetch(new Map(), 'https://news.example/', network);
    const response = await fetchOther('/assets/login/2/mf-manifest.json', { method: 'GET' });
    expect(await response.json()).toEqual({ other: true });
    expect(network).toHaveBeenCalledWith('/assets/login/2/mf-manifest.json', { method: 'GET' });
  });
});
