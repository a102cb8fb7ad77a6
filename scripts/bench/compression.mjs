#!/usr/bin/env node
// Bytes saved against CPU spent, per kind of file, for the gzip levels and brotli qualities that
// scripts/precompress.mjs could use. Reads a built site (a sample of up to --max files per kind, spread
// over the whole folder) and compresses each sample with every setting, timing CPU (user + sys of this
// process) with process.cpuUsage. Prints a Markdown table (and JSON with --json).
// Usage: node scripts/bench/compression.mjs dist [--max 400] [--json out.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const dir = argv[0] ?? 'dist';
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const max = Number(opt('max', '400'));
const jsonOut = opt('json', null);

const kinds = {
  html: ['.html'],
  css: ['.css'],
  js: ['.js', '.mjs'],
  json: ['.json', '.webmanifest'],
  xml: ['.xml', '.svg', '.ics'],
};
const kindOf = (file) => Object.keys(kinds).find((k) => kinds[k].includes(extname(file)));

function walk(d, out = []) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const settings = [
  ['gzip', 1], ['gzip', 6], ['gzip', 9],
  ['brotli', 1], ['brotli', 4], ['brotli', 5], ['brotli', 6], ['brotli', 9], ['brotli', 11],
];

function compress([algo, level], data) {
  return algo === 'gzip'
    ? gzipSync(data, { level })
    : brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: level, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const byKind = new Map();
for (const f of walk(dir)) {
  const k = kindOf(f);
  if (!k) continue;
  const size = statSync(f).size;
  if (size < 512) continue; // precompress leaves these alone
  if (!byKind.has(k)) byKind.set(k, []);
  byKind.get(k).push(f);
}

const rows = [];
for (const [kind, files] of byKind) {
  // Spread the sample over the whole list (every n-th file), so one folder does not dominate.
  const step = Math.max(1, Math.floor(files.length / max));
  const sample = files.filter((_, i) => i % step === 0).slice(0, max).map((f) => readFileSync(f));
  const raw = sample.reduce((s, b) => s + b.length, 0);
  for (const s of settings) {
    // Best of 3 timings (the machine is shared), same bytes each time.
    let best = Infinity;
    let bytes = 0;
    for (let r = 0; r < (s[1] === 11 ? 1 : 3); r++) {
      const t = cpuMs();
      bytes = 0;
      for (const b of sample) bytes += Math.min(compress(s, b).length, b.length);
      best = Math.min(best, cpuMs() - t);
    }
    rows.push({ kind, files: files.length, sampled: sample.length, rawBytes: raw, algo: s[0], level: s[1], bytes, cpuMs: Math.round(best), msPerMB: Math.round((best / raw) * 1e6 * 10) / 10 });
  }
}

const lines = ['| kind | files (sampled) | raw KB | setting | compressed KB | % of raw | CPU ms per MB |', '|---|---:|---:|---|---:|---:|---:|'];
for (const r of rows) {
  lines.push(`| ${r.kind} | ${r.files} (${r.sampled}) | ${(r.rawBytes / 1024).toFixed(0)} | ${r.algo} ${r.level} | ${(r.bytes / 1024).toFixed(1)} | ${((100 * r.bytes) / r.rawBytes).toFixed(1)} | ${r.msPerMB} |`);
}
console.log(lines.join('\n'));
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), dir, rows }, null, 2)}\n`);
