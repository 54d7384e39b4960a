import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkChunk, sharedSingletons, VUE_SURFACE, vueSurfaceShare } from './shared.js';

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

describe('the shared Vue surface', () => {
  function remoteWithVue(version: string) {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-vue-surface-'));
    mkdirSync(join(dir, 'node_modules', 'vue'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'mfe-demo' }));
    writeFileSync(
      join(dir, 'node_modules', 'vue', 'package.json'),
      JSON.stringify({ name: 'vue', version }),
    );
    return dir;
  }

  it('provides the surface, re-exported from the remote’s own Vue, at its installed version', () => {
    const dir = remoteWithVue('3.5.45');
    const share = vueSurfaceShare(dir);
    expect(share.version).toBe('3.5.45');
    expect(share.import.startsWith(join(dir, 'node_modules'))).toBe(true);
    const source = readFileSync(share.import, 'utf8');
    expect(source).toContain(`from 'vue/dist/vue.runtime.esm-bundler.js'`);
    for (const name of VUE_SURFACE) expect(source).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('is what a Vue remote shares once its directory is known, and only then', () => {
    const dir = remoteWithVue('3.5.1');
    expect(sharedSingletons('vue', { vue: '^3.5.0' }, dir).vue).toMatchObject({
      singleton: true,
      requiredVersion: '^3.5.0',
      version: '3.5.1',
      import: join(dir, 'node_modules', '.tessera', 'vue-surface.js'),
    });
    expect(sharedSingletons('vue', { vue: '^3.5.0' })).toEqual({
      vue: { singleton: true, requiredVersion: '^3.5.0' },
    });
  });
});

/** The two calls of the remote's own `vue/compiler-sfc` that compile a `.vue` file's script. */
interface SfcCompiler {
  parse(source: string, options: { filename: string }): { descriptor: unknown };
  compileScript(descriptor: unknown, options: object): { content: string };
}

/** The workspace packages whose `tessera.framework` is Vue. */
function vueRemotes(root: string) {
  return readdirSync(root).filter((name) => {
    const file = join(root, name, 'package.json');
    if (!existsSync(file)) return false;
    return JSON.parse(readFileSync(file, 'utf8')).tessera?.framework === 'vue';
  });
}

/** Every name a remote's sources (and their compiled `.vue` templates) import from `vue`. */
function vueImports(dir: string): Set<string> {
  const require = createRequire(join(dir, 'package.json'));
  const sfc = require('vue/compiler-sfc') as SfcCompiler;
  const names = new Set<string>();
  const files = readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.(ts|vue)$/.test(file) && !/\.test\.ts$|^testing\//.test(file),
  );
  for (const file of files) {
    let code = readFileSync(join(dir, 'src', file), 'utf8');
    if (file.endsWith('.vue')) {
      const { descriptor } = sfc.parse(code, { filename: file });
      code = sfc.compileScript(descriptor, { id: 'x', inlineTemplate: true, isProd: true }).content;
    }
    for (const [, list] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]vue['"]/g)) {
      for (const item of list!.split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0]!;
        if (name && !name.startsWith('type ')) names.add(name);
      }
    }
  }
  return names;
}

describe('VUE_SURFACE', () => {
  const root = join(import.meta.dirname, '..', '..', '..');

  it('holds every Vue export a Vue remote of this workspace imports', () => {
    const remotes = vueRemotes(root);
    expect(remotes).toContain('mfe-login');
    for (const remote of remotes) {
      const missing = [...vueImports(join(root, remote))].filter((n) => !VUE_SURFACE.includes(n));
      expect(missing, `${remote} imports these from vue; add them to VUE_SURFACE`).toEqual([]);
    }
  });
});
