#!/usr/bin/env node
// Mutation scores per folder and per file from a Stryker JSON report (mutation-testing-report-schema),
// and the surviving mutants with their line: node scripts/mutation-summary.mjs [report] [--survivors]
// Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it;
// ignored mutants (static ones, disabled by a comment with its reason) do not count.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'docs/bench/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

const tally = () => ({ detected: 0, undetected: 0, ignored: 0 });
const add = (t, status) => {
  if (detected.has(status)) t.detected++;
  else if (undetected.has(status)) t.undetected++;
  else t.ignored++;
};
const score = (t) => (t.detected + t.undetected ? ((100 * t.detected) / (t.detected + t.undetected)).toFixed(1) : '–');

const byFolder = new Map();
const byFile = new Map();
const total = tally();
const survivors = [];
for (const [path, f] of Object.entries(report.files)) {
  const folder = path.split('/').slice(0, -1).join('/');
  if (!byFolder.has(folder)) byFolder.set(folder, tally());
  const ft = tally();
  byFile.set(path, ft);
  for (const m of f.mutants) {
    add(total, m.status);
    add(byFolder.get(folder), m.status);
    add(ft, m.status);
    if (undetected.has(m.status)) survivors.push(`${path}:${m.location.start.line} ${m.status} ${m.mutatorName}: ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 90)}`);
  }
}
const row = (name, t) => `| ${name} | ${score(t)}% | ${t.detected} | ${t.undetected} | ${t.ignored} |`;
console.log('| folder | score | killed | survived | ignored |\n|---|---|---|---|---|');
for (const [name, t] of [...byFolder].sort()) console.log(row(name, t));
console.log(row('**all**', total));
console.log('\n| file | score | killed | survived | ignored |\n|---|---|---|---|---|');
for (const [name, t] of [...byFile].sort()) console.log(row(name, t));
if (args.includes('--survivors')) console.log(`\n${survivors.join('\n')}`);
