import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Fixed BFF ports; the edge's `*_BFF_URL` defaults point at these. */
export const BFF_PORTS = { login: 7101, search: 7102, articles: 7103 };

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** `mfe-*` packages with a tessera block: `{ dir, name, app, built }`. */
export function listMfes(root) {
  return readdirSync(root)
    .filter((entry) => entry.startsWith('mfe-') && existsSync(join(root, entry, 'package.json')))
    .sort()
    .map((entry) => ({ dir: join(root, entry), pkg: readJson(join(root, entry, 'package.json')) }))
    .filter(({ pkg }) => pkg.tessera)
    .map(({ dir, pkg }) => ({
      dir,
      name: pkg.name,
      app: pkg.tessera.app,
      built: existsSync(join(dir, 'dist', 'mf-manifest.json')),
    }));
}

export function shellBuilt(root) {
  return existsSync(join(root, 'shell/app/dist/index.html'));
}

/** BFFs that can be started: `bff/<name>` with a `start` script and a known port. */
export function listBffs(root) {
  const base = join(root, 'bff');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter(
      (name) => Object.hasOwn(BFF_PORTS, name) && existsSync(join(base, name, 'package.json')),
    )
    .map((name) => ({
      name,
      dir: join(base, name),
      script: readJson(join(base, name, 'package.json')).scripts?.start,
    }))
    .filter((bff) => bff.script);
}

/** The environment a package script sees under pnpm: its own and the root's `.bin` on PATH. */
export function scriptEnv(root, dir, extra = {}) {
  const bins = [join(dir, 'node_modules/.bin'), join(root, 'node_modules/.bin')];
  return { ...process.env, PATH: [...bins, process.env.PATH].join(delimiter), ...extra };
}
