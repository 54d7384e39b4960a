import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForHttp } from './http.mjs';
import { listMfes, scriptEnv } from './workspace.mjs';

/** Fixed dev-server ports (tooling/webpack's dev server config uses the same). */
export const DEV_PORTS = { login: 3101, search: 3102, articles: 3103 };
export const SHELL_DEV_PORT = 8090;

/** Resolves `pnpm dev` arguments (app names, package names, "shell") to what to run live. */
export function pickDevTargets(root, args) {
  const mfes = listMfes(root);
  if (args.length === 0) return { mfes, shell: true };
  const picked = args
    .filter((arg) => arg !== 'shell')
    .map((arg) => {
      const mfe = mfes.find((m) => m.app === arg || m.name === arg);
      if (!mfe) {
        const known = [...mfes.map((m) => m.app), 'shell'].join(', ');
        throw new Error(`Unknown app "${arg}". Use one or more of: ${known}.`);
      }
      return mfe;
    });
  return { mfes: picked, shell: args.includes('shell') };
}

/** The ports the dev servers of `targets` listen on, by what listens. */
export function devPorts({ mfes, shell }) {
  const ports = Object.fromEntries(mfes.map((mfe) => [`dev-${mfe.app}`, DEV_PORTS[mfe.app]]));
  return shell ? { ...ports, 'dev-shell': SHELL_DEV_PORT } : ports;
}

const devScript = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.dev;

/**
 * Starts a dev server per target and waits for its first compile. Returns the edge's extra
 * environment: `DEV_REMOTES` (app=origin) and `SHELL_DEV_URL`.
 */
export async function startDevServers(supervisor, root, { mfes, shell }) {
  const remotes = [];
  const waits = [];
  for (const mfe of mfes) {
    const port = DEV_PORTS[mfe.app];
    const script = devScript(mfe.dir);
    if (!port || !script) throw new Error(`${mfe.name} has no dev script or no dev port.`);
    supervisor.start(`dev-${mfe.app}`, 'sh', ['-c', script], {
      cwd: mfe.dir,
      env: scriptEnv(root, mfe.dir),
    });
    const origin = `http://127.0.0.1:${port}`;
    remotes.push(`${mfe.app}=${origin}`);
    waits.push(waitForHttp(`${origin}/mf-manifest.json`, { timeoutMs: 180_000 }));
  }
  const edgeEnv = { DEV_REMOTES: remotes.join(',') };
  if (shell) {
    const dir = join(root, 'shell/app');
    const env = scriptEnv(root, dir, { SHELL_DEV_PORT: String(SHELL_DEV_PORT) });
    supervisor.start('dev-shell', 'sh', ['-c', devScript(dir)], { cwd: dir, env });
    edgeEnv.SHELL_DEV_URL = `http://127.0.0.1:${SHELL_DEV_PORT}`;
    waits.push(
      waitForHttp(`${edgeEnv.SHELL_DEV_URL}/assets/shell/index.html`, { timeoutMs: 180_000 }),
    );
  }
  console.log('Waiting for the dev servers to compile...');
  await Promise.all(waits);
  return { edgeEnv, live: [...mfes.map((m) => m.app), ...(shell ? ['shell'] : [])] };
}
