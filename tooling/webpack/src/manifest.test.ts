import { describe, expect, it } from 'vitest';
import { manifestOptions, withoutHotUpdates } from './manifest.js';

describe('the manifest of a dev build', () => {
  it('lists no hot-update files among the assets', () => {
    const stats = {
      name: 'tessera_search',
      exposes: [
        {
          path: './app',
          assets: {
            js: { sync: ['app.js', 'app.2c0218e1.hot-update.js'], async: [] },
            css: { sync: ['app.css'], async: [] },
          },
        },
      ],
    };
    expect(withoutHotUpdates(stats)).toEqual({
      name: 'tessera_search',
      exposes: [
        {
          path: './app',
          assets: { js: { sync: ['app.js'], async: [] }, css: { sync: ['app.css'], async: [] } },
        },
      ],
    });
  });

  it('is left to the plugin as it is in production', () => {
    expect(manifestOptions(true)).toEqual({ fileName: 'mf-manifest.json' });
  });
});
