#!/usr/bin/env node
// npm run check:content — the content gate alone (seconds, no build): every problem in content/,
// each with its file and field. Exits 1 when there is any.
import { formatProblems, runContentGate } from '../src/pipeline/gate/contentGate.ts';

const { problems, entries } = runContentGate(process.cwd());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} files.`);
