#!/usr/bin/env node
// npm test: build the site (content gate, Astro, Pagefind), then run every test with Vitest, and end
// with the plain count "N passed, N failed". HEZA_SKIP_BUILD=1 reuses an existing dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env };
if (!env.HEZA_SKIP_BUILD) {
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit', env });
  if (build.status !== 0) {
    console.error('\nThe build failed, so the tests did not run.');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/summary.txt', '0 passed, 1 failed\n');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const args = ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', `--reporter=json`, `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit', env });
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  // A test file that fails to load has no test results of its own: count it as one failure.
  failed = (json.numFailedTests ?? 0) + (json.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
}
if (result.status !== 0 && failed === 0) failed = 1;
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(result.status ?? 1);
