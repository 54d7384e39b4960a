import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { join } from 'node:path';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '@tessera/deploy/chromium';

// Fixed ports in a quiet range; override with E2E_PORT_BASE when they are taken.
const base = Number(process.env.E2E_PORT_BASE ?? 8190);
const composedUrl = `http://127.0.0.1:${base}`;
const standalone = [
  { mfe: 'mfe-login', port: base + 1 },
  { mfe: 'mfe-search', port: base + 2 },
  { mfe: 'mfe-articles', port: base + 3 },
];
const reports = process.env.TESSERA_REPORTS_DIR ?? join(import.meta.dirname, 'test-results');

const webServer: PlaywrightTestConfig['webServer'] = [
  {
    command: `tsx support/serve-composed.ts ${base}`,
    url: `${composedUrl}/healthz`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // Publishing, seeding the log and starting three BFFs takes a while on 2 busy cores.
    timeout: 180_000,
  },
  ...standalone.map(({ mfe, port }) => ({
    command: `tsx support/serve-standalone.ts ${mfe} ${port}`,
    url: `http://127.0.0.1:${port}/standalone.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
];

export default defineConfig({
  testDir: 'tests',
  // One worker: the composed and deploy suites append to the one deploys stream, and the
  // machine has 2 cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: join(reports, 'playwright.json') }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer,
  projects: [
    { name: 'composed', testDir: 'tests/composed', use: { baseURL: composedUrl } },
    // Runs after composed: its deploys, rollbacks and canaries change what the site serves.
    {
      name: 'deploy',
      testDir: 'tests/deploy',
      timeout: 90_000,
      dependencies: ['composed'],
      use: { baseURL: composedUrl },
    },
    ...standalone.map(({ mfe, port }) => ({
      name: `standalone-${mfe.replace('mfe-', '')}`,
      testDir: 'tests/standalone',
      testMatch: `${mfe.replace('mfe-', '')}.spec.ts`,
      use: { baseURL: `http://127.0.0.1:${port}` },
    })),
  ],
});
