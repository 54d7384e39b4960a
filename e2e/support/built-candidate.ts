// Candidates built from an edited copy of a fixture's source, with the platform's webpack config,
// the way a real release is built: every emitted byte follows the source, including what the
// build derives from its files (content-hashed names, the release's chunk-loading global).
// `candidate(...)` in deploying.ts edits an existing build's bytes instead, which is quicker.
import type { PublishSource } from '@tessera/deploy';
import { sourceFromFixture } from '@tessera/deploy';
import { createRemoteConfig } from '@tessera/webpack-config';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack, { type Configuration } from 'webpack';
import { repoRoot } from './paths.js';

const e2eDir = join(repoRoot, 'e2e');

function compile(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack({ ...config, stats: false }, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

/**
 * Builds fixture `fixture` (a folder of `e2e/fixtures/`) for production with its `app.js` run
 * through `edit`, and returns the build as a publish source. `edit` must change the source.
 */
export async function builtCandidate(
  fixture: string,
  edit: (source: string) => string,
): Promise<PublishSource> {
  const sourceDir = join(e2eDir, 'fixtures', fixture);
  const dir = mkdtempSync(join(tmpdir(), `tessera-built-${fixture}-`));
  const original = readFileSync(join(sourceDir, 'app.js'), 'utf8');
  const edited = edit(original);
  if (edited === original) throw new Error(`the edit left ${fixture}/app.js unchanged`);
  writeFileSync(join(dir, 'app.js'), edited);
  const descriptorFile = join(sourceDir, 'fixture.json');
  const outDir = join(dir, 'dist');
  const [config] = createRemoteConfig({
    dir: e2eDir,
    tessera: JSON.parse(readFileSync(descriptorFile, 'utf8')),
    exposes: { './app': join(dir, 'app.js') },
    outDir,
  })({ remoteOnly: true }, { mode: 'production' });
  await compile(config!);
  copyFileSync(descriptorFile, join(outDir, 'fixture.json'));
  return sourceFromFixture(outDir);
}
