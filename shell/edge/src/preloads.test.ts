import { describe, expect, it } from 'vitest';
import { preloadUrls, stylePreloadUrls } from './preloads.js';
import { fakeManifest } from './testing/fixture.js';
import { assetFile } from './asset-path.js';

const manifestUrl = '/assets/search/1.0.0+abcdef1/mf-manifest.json';

describe('preload URLs', () => {
  it("resolve against the manifest's directory when publicPath is auto", () => {
    const manifest = { ...fakeManifest('auto'), exposes: [], shared: [] };
    expect(preloadUrls(manifest, manifestUrl)).toEqual([
      '/assets/search/1.0.0+abcdef1/remoteEntry.js',
    ]);
  });

  it('resolve against an explicit publicPath, including another origin', () => {
    const manifest = fakeManifest('https://cdn.example/search/');
    expect(preloadUrls(manifest, manifestUrl)).toEqual([
      'https://cdn.example/search/remoteEntry.js',
      'https://cdn.example/search/app.js',
      'https://cdn.example/search/vendor-react.js',
      'https://cdn.example/search/vendor-react-dom.js',
    ]);
  });

  it('include the remoteEntry sub-path and list each script once', () => {
    const manifest = fakeManifest();
    manifest.metaData.remoteEntry.path = 'entry';
    manifest.shared.push({ ...manifest.shared[0]! });
    expect(preloadUrls(manifest, manifestUrl)).toEqual([
      '/assets/search/1.0.0+abcdef1/entry/remoteEntry.js',
      '/assets/search/1.0.0+abcdef1/app.js',
      '/assets/search/1.0.0+abcdef1/vendor-react.js',
      '/assets/search/1.0.0+abcdef1/vendor-react-dom.js',
    ]);
  });
});

describe('style preload URLs', () => {
  it("are ./app's sync stylesheets, resolved like the scripts", () => {
    expect(stylePreloadUrls(fakeManifest(), manifestUrl)).toEqual([
      '/assets/search/1.0.0+abcdef1/app.css',
    ]);
    const manifest = { ...fakeManifest('https://cdn.example/search/'), exposes: [] };
    expect(stylePreloadUrls(manifest, manifestUrl)).toEqual([]);
  });
});

describe('asset paths', () => {
  it('map /assets URLs into the assets directory and nothing outside it', () => {
    expect(assetFile('/srv/a', '/assets/x/1/m.json')).toBe('/srv/a/x/1/m.json');
    expect(assetFile('/srv/a', '/assets/%2e%2e/registry.json')).toBeUndefined();
    expect(assetFile('/srv/a', '/assets/x/../../etc/passwd')).toBeUndefined();
    expect(assetFile('/srv/a', '/assets/%E0%A4%A')).toBeUndefined();
    expect(assetFile('/srv/a', 'http://127.0.0.1:3102/mf-manifest.json')).toBeUndefined();
  });
});
