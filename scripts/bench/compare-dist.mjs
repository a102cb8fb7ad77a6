#!/usr/bin/env node
// Compares two built sites file by file, ignoring only the build time (/build.json, and the calendar's
// DTSTAMP change with every build; pages carry no build time). Used to check that a build optimisation leaves the output identical.
// Usage: node scripts/bench/compare-dist.mjs distA distB   (exit 1 when they differ)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [a, b] = process.argv.slice(2);
const list = (root) => {
  const out = [];
  const walk = (d) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (n !== 'pagefind' && n !== '.prerender') walk(p);
      } else if (relative(root, p) !== 'build.json' && !/^build\.json\.(gz|br)$/.test(relative(root, p))) out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
};
const norm = (text) =>
  text
    .replace(/^DTSTAMP:\d{8}T\d{6}Z$/gm, 'DTSTAMP:…');
const fa = list(a);
const fb = new Set(list(b));
const onlyA = fa.filter((f) => !fb.has(f));
const onlyB = [...fb].filter((f) => !fa.includes(f));
const differ = fa.filter((f) => fb.has(f) && norm(readFileSync(join(a, f), 'utf8')) !== norm(readFileSync(join(b, f), 'utf8')));
console.log(`${fa.length} files in ${a}, ${fb.size} in ${b}; only in first: ${onlyA.length}; only in second: ${onlyB.length}; different: ${differ.length}`);
for (const f of [...onlyA.map((x) => `- ${x}`), ...onlyB.map((x) => `+ ${x}`), ...differ.map((x) => `≠ ${x}`)].slice(0, 20)) console.log(`  ${f}`);
process.exit(onlyA.length || onlyB.length || differ.length ? 1 : 0);
