// The deploy target's pairs: a full build, then a deploy of mfe-search changed from what is
// live, both cold and run as a person runs them. One pair's ratio is one noisy moment on a
// shared box; several interleaved pairs give a median and the spread around it.
import { cliEnv, repoRoot, startSite, type BenchSite } from './site.js';
import { doneMs, stepMs, timed } from './timed.js';

export interface DeployPair {
  fullBuildMs: number;
  deployMs: number;
  ratio: number;
  /** The CLI's own steps and its `Done in`; the rest of deployMs is pnpm's and the CLI's start and exit. */
  buildStepMs?: number;
  uploadStepMs?: number;
  verifyStepMs?: number;
  cliMs?: number;
}

const round = (ms: number) => Math.round(ms);
const quietly = () => undefined;

/**
 * `pnpm build`, then the site published afresh with an older mfe-search current, then
 * `pnpm tessera deploy mfe-search`. Returns the pair and the site, which now serves the new
 * version (`older` is the one the deploy replaced).
 */
export async function measurePair(
  say: (line: string) => void,
): Promise<{ pair: DeployPair; site: BenchSite; older: string; newer: string }> {
  const fullBuild = await timed(['pnpm', 'build'], { cwd: repoRoot, env: {}, progress: quietly });
  say(`  pnpm build: ${round(fullBuild.ms)} ms`);
  const site = await startSite();
  try {
    const older = (await site.pageVersion('search', '/search'))!;
    const deploy = await timed(['pnpm', 'tessera', 'deploy', 'mfe-search'], {
      cwd: repoRoot,
      env: cliEnv,
      progress: (line) => say(`  | ${line}`),
    });
    const newer = (await site.pageVersion('search', '/search'))!;
    if (newer === older) throw new Error('the deploy did not change the served version');
    const ratio = deploy.ms / fullBuild.ms;
    say(
      `  pnpm tessera deploy mfe-search: ${round(deploy.ms)} ms, ${ratio.toFixed(3)} of the build`,
    );
    const pair: DeployPair = {
      fullBuildMs: round(fullBuild.ms),
      deployMs: round(deploy.ms),
      ratio: Number(ratio.toFixed(3)),
      buildStepMs: stepMs(deploy.output, 'build mfe-search'),
      uploadStepMs: stepMs(deploy.output, 'upload search'),
      verifyStepMs: stepMs(deploy.output, 'verify'),
      cliMs: doneMs(deploy.output),
    };
    return { pair, site, older, newer };
  } catch (error) {
    await site.close();
    throw error;
  }
}
