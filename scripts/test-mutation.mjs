#!/usr/bin/env node
// npm run test:mutation: Stryker on the code that decides things (tests/stryker.config.mjs), incremental.
// On a fresh clone there is no reports/stryker-incremental.json yet: the committed report
// docs/bench/mutation.json is the same format, so it seeds the incremental run and only mutants in
// changed code (or covered by changed tests) are tested again. `-- --force` tests every mutant.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const incremental = 'reports/stryker-incremental.json';
const committed = 'docs/bench/mutation.json';
if (!existsSync(incremental) && existsSync(committed)) {
  mkdirSync('reports', { recursive: true });
  copyFileSync(committed, incremental);
}
const started = Date.now();
const result = spawnSync('npx', ['stryker', 'run', 'tests/stryker.config.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
console.log(`\nStryker took ${Math.round((Date.now() - started) / 1000)} s.`);
process.exit(result.status ?? 1);
