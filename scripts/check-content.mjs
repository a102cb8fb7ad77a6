#!/usr/bin/env node
// npm run check:content — the content gate alone (seconds, no build): every problem in content/,
// each with its file and field. Exits 1 when there is any.
import { formatProblems, formatWarnings, runContentGate } from '../src/pipeline/gate/contentGate.ts';

const { problems, warnings, entries } = runContentGate(process.cwd());
if (warnings.length) console.warn(formatWarnings(warnings));
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} files.`);
