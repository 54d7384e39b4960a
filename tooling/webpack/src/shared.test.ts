import { describe, expect, it } from 'vitest';
import { frameworkChunk } from './shared.js';

const path = (file: string) => `/repo/node_modules/.pnpm/x@1/node_modules/${file}`;

describe('frameworkChunk', () => {
  it('groups React, react-dom and scheduler, and nothing that merely starts alike', () => {
    const { test } = frameworkChunk('react').framework!;
    for (const file of ['react/index.js', 'react-dom/client.js', 'scheduler/index.js']) {
      expect(test.test(path(file)), file).toBe(true);
    }
    for (const file of ['react-refresh/runtime.js', 'single-spa-react/lib/esm/index.js']) {
      expect(test.test(path(file)), file).toBe(false);
    }
    expect(test.test('/repo/src/react/thing.ts')).toBe(false);
  });

  it('groups Vue with its @vue packages, and nothing for framework-free remotes', () => {
    const { test } = frameworkChunk('vue').framework!;
    expect(test.test(path('@vue/runtime-dom/dist/x.js'))).toBe(true);
    expect(test.test(path('vue/dist/vue.runtime.esm-bundler.js'))).toBe(true);
    expect(test.test(path('vue-loader/dist/exportHelper.js'))).toBe(false);
    expect(frameworkChunk('none')).toEqual({});
  });

  it('refuses an unknown framework', () => {
    expect(() => frameworkChunk('svelte' as never)).toThrow(/Unknown framework "svelte"/);
  });
});
