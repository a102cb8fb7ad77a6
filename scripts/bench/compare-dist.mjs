#!/usr/bin/env node
// Compares two built sites file by file, ignoring only the build time (/build.json, and the calendar's
// DTSTAMP change with every build; pages carry no build time). Pre-compressed copies (.gz, .br) are compared by what
// they decompress to, so a change of compression quality is not a change of output; Pagefind's index is
// left out. Used to check that a build optimisation (or an incremental build) leaves the output identical.
// Usage: node scripts/bench/compare-dist.mjs distA distB   (exit 1 when they differ)
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

function list(root) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '.prerender') walk(p);
      } else if (!/^build\.json(\.(gz|br))?$/.test(relative(root, p))) out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

const norm = (text) =>
  text
    .replace(/^DTSTAMP:\d{8}T\d{6}Z$/gm, 'DTSTAMP:…');

const textual = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.webmanifest', '.yml', '.map']);

function content(file) {
  let data = readFileSync(file);
  let ext = extname(file);
  if (ext === '.gz' || ext === '.br') {
    data = ext === '.gz' ? gunzipSync(data) : brotliDecompressSync(data);
    ext = extname(file.slice(0, -ext.length));
  }
  return textual.has(ext) ? norm(data.toString('utf8')) : data;
}

const same = (x, y) => (typeof x === 'string' ? x === y : Buffer.isBuffer(y) && x.equals(y));

/** { a: files in a, b: files in b, onlyA, onlyB, differ } for two built sites. */
export function compareDist(a, b) {
  const fa = list(a);
  const fb = list(b);
  const setA = new Set(fa);
  const setB = new Set(fb);
  return {
    a: fa.length,
    b: fb.length,
    onlyA: fa.filter((f) => !setB.has(f)),
    onlyB: fb.filter((f) => !setA.has(f)),
    differ: fa.filter((f) => setB.has(f) && !same(content(join(a, f)), content(join(b, f)))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [a, b] = process.argv.slice(2);
  const r = compareDist(a, b);
  console.log(`${r.a} files in ${a}, ${r.b} in ${b}; only in first: ${r.onlyA.length}; only in second: ${r.onlyB.length}; different: ${r.differ.length}`);
  for (const f of [...r.onlyA.map((x) => `- ${x}`), ...r.onlyB.map((x) => `+ ${x}`), ...r.differ.map((x) => `≠ ${x}`)].slice(0, 20)) console.log(`  ${f}`);
  process.exit(r.onlyA.length || r.onlyB.length || r.differ.length ? 1 : 0);
}
