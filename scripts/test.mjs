#!/usr/bin/env node
// `pnpm test`: everything CI checks, in order, failing fast — system packages, typecheck,
// lint, unit + integration tests, builds, end-to-end tests — then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.tmp', 'reports');
const pnpm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['pnpm'];

const steps = [
  { name: 'system packages', cmd: [process.execPath, 'scripts/ensure-system.mjs'] },
  { name: 'typecheck', cmd: [...pnpm, 'run', 'typecheck'] },
  { name: 'lint', cmd: [...pnpm, 'run', 'lint'] },
  {
    name: 'unit + integration tests',
    cmd: [
      ...pnpm,
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'vitest.json')}`,
    ],
  },
  { name: 'build', cmd: [...pnpm, 'run', 'build'] },
  { name: 'e2e tests', cmd: [...pnpm, 'run', 'test:e2e'] },
];

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const timings = [];
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}`);
  const started = Date.now();
  const { status } = spawnSync(step.cmd[0], step.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', TESSERA_REPORTS_DIR: reports },
  });
  const seconds = (Date.now() - started) / 1000;
  timings.push(`${step.name} ${seconds.toFixed(1)} s`);
  if (status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${status}) after ${seconds.toFixed(1)} s.`);
    printSummary();
    process.exit(status ?? 1);
  }
}
printSummary();

function printSummary() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  addVitest(counts);
  addPlaywright(counts);
  console.log(`\nsteps: ${timings.join(', ')}`);
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

function readJson(file) {
  const path = join(reports, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function addVitest(counts) {
  const report = readJson('vitest.json');
  if (!report) return;
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywright(counts) {
  const report = readJson('playwright.json');
  if (!report) return;
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
}
