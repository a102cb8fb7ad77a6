#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package / file and the top functions.
// Usage: node scripts/bench/profile-summary.mjs /tmp/prof/CPU.*.cpuprofile [top]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
let total = 0;
const byPkg = new Map();
const byFn = new Map();
for (const [id, us] of dt) {
  const n = byId.get(id);
  const url = n.callFrame.url || `(${n.callFrame.functionName || 'native'})`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const pkg = m ? m[1] : url.includes('/dist/.prerender/') ? 'prerender bundle (our pages + astro runtime)' : url.replace(/^file:\/\/\/tmp\/[^/]+\//, '');
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
  const fn = `${n.callFrame.functionName || '(anon)'} ${url.replace(/^.*node_modules\//, '')}:${n.callFrame.lineNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  total += us;
}
const top = Number(topArg ?? 25);
const show = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${(v / 1e6).toFixed(2).padStart(7)} s ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`total sampled ${(total / 1e6).toFixed(1)} s (main thread)\n\nby package:\n${show(byPkg)}\n\nby function:\n${show(byFn)}`);
