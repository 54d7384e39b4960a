import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Registry } from '@tessera/registry';
import { MfManifest } from './manifest.js';

/** Singletons whose majors must agree across every app on a page. */
export const SINGLETONS = ['react', 'react-dom', 'vue'] as const;

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyInput {
  app: string;
  /** The uploaded version's folder (`ASSETS_DIR/<app>/<version>`). */
  versionDir: string;
  assetsDir: string;
  budgetKb?: number;
  /** The live registry the candidate must fit into. */
  registry: Registry;
}

const major = (range: string | undefined) => /(\d+)\./.exec(range ?? '')?.[1];

export async function readManifest(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { error: `cannot read ${file}: ${(error as Error).message}` };
  }
  const parsed = MfManifest.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    return { error: `${file} is not an MF 2.0 manifest (${issues.join('; ')})` };
  }
  return { manifest: parsed.data };
}

/** Every singleton a manifest provides and requires, as majors: `react` → ['19', '19']. */
function singletonMajors(manifest: MfManifest): Map<string, string[]> {
  const majors = new Map<string, string[]>();
  for (const shared of manifest.shared) {
    if (!(SINGLETONS as readonly string[]).includes(shared.name)) continue;
    const found = [major(shared.version), major(shared.requiredVersion)].filter(
      (m): m is string => m !== undefined,
    );
    majors.set(shared.name, [...(majors.get(shared.name) ?? []), ...found]);
  }
  return majors;
}

/** Live manifests of every other app's current release, read from the asset store. */
async function liveManifests({ app, assetsDir, registry }: VerifyInput) {
  const live: { app: string; version: string; manifest: MfManifest }[] = [];
  for (const [name, entry] of Object.entries(registry.apps)) {
    if (name === app || !entry.current.manifest.startsWith('/assets/')) continue;
    const file = join(assetsDir, entry.current.manifest.slice('/assets/'.length));
    const { manifest } = await readManifest(file);
    if (manifest) live.push({ app: name, version: entry.current.version, manifest });
  }
  return live;
}

/** Same major for each singleton, both ways: what the candidate provides and what it requires. */
export async function checkSingletons(
  input: VerifyInput,
  candidate: MfManifest,
): Promise<CheckResult> {
  const mine = singletonMajors(candidate);
  const clashes: string[] = [];
  for (const other of await liveManifests(input)) {
    for (const [name, theirs] of singletonMajors(other.manifest)) {
      const ours = mine.get(name) ?? [];
      const all = new Set([...ours, ...theirs]);
      if (ours.length > 0 && all.size > 1) {
        clashes.push(
          `${name} ${[...new Set(ours)].join('/')} here, ${[...new Set(theirs)].join('/')} in ${other.app}@${other.version}`,
        );
      }
    }
  }
  const names = [...mine.keys()].join(', ') || 'none';
  return clashes.length === 0
    ? { name: 'shared singletons', ok: true, detail: `${names} compatible with what is live` }
    : {
        name: 'shared singletons',
        ok: false,
        detail: `incompatible majors: ${clashes.join('; ')}. Use the same major as the live apps.`,
      };
}

/** Gzip size of remoteEntry plus the `./app` expose's sync JS and CSS. */
export async function checkSize(
  { versionDir, budgetKb }: VerifyInput,
  manifest: MfManifest,
): Promise<CheckResult> {
  const app = manifest.exposes.find((e) => e.path === './app');
  const files = [
    manifest.metaData.remoteEntry.name,
    ...(app?.assets.js.sync ?? []),
    ...(app?.assets.css?.sync ?? []),
  ];
  let bytes = 0;
  for (const file of new Set(files)) {
    bytes += gzipSync(await readFile(join(versionDir, file))).length;
  }
  const kb = Math.round(bytes / 102.4) / 10;
  if (budgetKb === undefined) {
    return { name: 'size budget', ok: true, detail: `${kb} KB gzip (no budgetKb set)` };
  }
  const ok = kb <= budgetKb;
  return {
    name: 'size budget',
    ok,
    detail: ok
      ? `${kb} KB gzip within ${budgetKb} KB`
      : `${kb} KB gzip is over the budget of ${budgetKb} KB: make it smaller or raise "budgetKb"`,
  };
}

/** The static checks, in order; later checks need a parsed manifest. */
export async function staticChecks(input: VerifyInput): Promise<CheckResult[]> {
  const file = join(input.versionDir, 'mf-manifest.json');
  const { manifest, error } = await readManifest(file);
  if (!manifest) return [{ name: 'manifest', ok: false, detail: error }];
  const results: CheckResult[] = [
    { name: 'manifest', ok: true, detail: `${manifest.name}, ${manifest.exposes.length} exposes` },
  ];
  const exposesApp = manifest.exposes.some((e) => e.path === './app');
  results.push({
    name: 'exposes ./app',
    ok: exposesApp,
    detail: exposesApp
      ? './app is exposed'
      : `exposes ${manifest.exposes.map((e) => e.path).join(', ') || 'nothing'}; the registry needs ./app with single-spa lifecycles`,
  });
  results.push(await checkSingletons(input, manifest));
  results.push(await checkSize(input, manifest));
  return results;
}
