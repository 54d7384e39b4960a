import { spawn } from 'node:child_process';
import { DeployError } from './errors.js';

/** Builds one workspace package with one of its scripts; the output goes to `log` on failure. */
export function buildPackage(options: {
  root: string;
  name: string;
  script: string;
  log: (line: string) => void;
}): Promise<void> {
  const { root, name, script, log } = options;
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', name, 'run', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) =>
      reject(new DeployError('DEPLOY_011', `Cannot run pnpm: ${error.message}`, { cause: error })),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      log(tail);
      reject(
        new DeployError(
          'DEPLOY_011',
          `pnpm --filter ${name} run ${script} exited with ${code}; its output is above. Fix the build and run the deploy again.`,
        ),
      );
    });
  });
}
