import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function admin(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/admin.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, EVENT_LOG_URL: 'memory:' },
  });
}

describe('scripts/admin.mjs', () => {
  it('prints the usage for --help and exits 0', () => {
    const result = admin('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/seed .*\n[\s\S]*generate --articles N/);
  });

  it('exits 2 with a hint for an unknown command', () => {
    const result = admin('reticulate');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command "reticulate". Run "pnpm admin --help"/);
  });

  it('seeds the log named by EVENT_LOG_URL', () => {
    const result = admin('seed');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/event log: memory:\n[\s\S]*articles: \d+ appended, 0 already/);
  });
});
