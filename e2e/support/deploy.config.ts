// The composed site with the deploy suite as its own project. Until e2e/playwright.config.ts
// lists `{ name: 'deploy', testDir: 'tests/deploy', use: { baseURL: composedUrl } }`, run it as
// `npx playwright test -c support/deploy.config.ts`.
import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import base from '../playwright.config.js';

const e2eDir = join(import.meta.dirname, '..');
const composed = base.projects!.find((p) => p.name === 'composed')!;
const servers = Array.isArray(base.webServer) ? base.webServer : [base.webServer!];

export default defineConfig({
  ...base,
  testDir: join(e2eDir, 'tests'),
  outputDir: join(e2eDir, 'test-results'),
  webServer: servers.slice(0, 1).map((server) => ({ ...server, cwd: e2eDir, timeout: 180_000 })),
  projects: [
    {
      name: 'deploy',
      testDir: join(e2eDir, 'tests', 'deploy'),
      timeout: 90_000,
      use: composed.use,
    },
  ],
});
