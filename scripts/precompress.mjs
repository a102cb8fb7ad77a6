#!/usr/bin/env node
// Build step: writes name.gz (gzip -9) and name.br (brotli, quality 11) beside every text asset in dist/,
// for nginx's gzip_static (and brotli_static where that module is installed) and for CDNs / object storage
// that serve pre-compressed objects. Files already compressed (Pagefind's .pf_* fragments, images) and
// files under 512 bytes are left alone; a compressed copy is kept only when it is smaller.
// Usage: node scripts/precompress.mjs [dir]   (run by scripts/build.mjs after Pagefind)
// Ours rather than an Astro compression integration: it must run after Pagefind (which writes into dist/
// after Astro), and Node's zlib does gzip and brotli with no dependency.
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.wasm', '.ics', '.webmanifest', '.yml', '.map']);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function precompress(dir) {
  let files = 0;
  let before = 0;
  let afterGz = 0;
  for (const file of walk(dir)) {
    if (!compressible.has(extname(file))) continue;
    const data = readFileSync(file);
    for (const ext of ['.gz', '.br']) rmSync(file + ext, { force: true });
    if (data.length < 512) continue;
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
    files++;
    before += data.length;
    afterGz += Math.min(gz.length, data.length);
  }
  return { files, before, afterGz };
}

const dir = resolve(process.argv[2] ?? process.env.HEZA_OUT_DIR ?? 'dist');
const r = precompress(dir);
console.log(`precompress: ${r.files} files, ${(r.before / 1024).toFixed(0)} KB → ${(r.afterGz / 1024).toFixed(0)} KB gzip (and .br)`);
