#!/usr/bin/env node
// Build step: writes name.gz and name.br beside every text asset in dist/, for nginx's gzip_static (and
// brotli_static where that module is installed) and for CDNs / object storage that serve pre-compressed
// objects. Files already compressed (Pagefind's .pf_* fragments, images) and files under 512 bytes are left
// alone; a compressed copy is kept only when it is smaller.
//
// What makes it cheap (docs/BENCHMARKS.md, "Compression"):
// - The same bytes are never compressed twice: every result is kept in a cache keyed by the SHA-256 of the
//   file's content and the setting (.astro/precompress/, or HEZA_PRECOMPRESS_CACHE), and a file whose
//   bytes were compressed before is linked from there (a hard link; a copy across file systems). Entries no
//   build used this time are deleted at the end, so the cache stays the size of one site.
// - Both cores: files are handed out in small batches to worker threads (one per core).
// - The quality is chosen per kind of file by measurement (bytes saved against CPU): gzip 9 everywhere
//   (as cheap as gzip 6 on our files, and the bytes nginx sends stay as they were), brotli 11 only for the
//   stylesheets and scripts every visitor loads (hashed, cached for a year), brotli 6 for HTML and XML
//   (brotli 11 cost 60× the CPU for 10 % fewer bytes), brotli 9 for JSON, brotli 6 for the CMS's own bundle (editors only).
// Usage: node scripts/precompress.mjs [dir] [--no-cache]   (run by scripts/build.mjs after Pagefind)
// Ours rather than an Astro compression integration: it must run after Pagefind (which writes into dist/
// after Astro), and Node's zlib does gzip and brotli with no dependency.
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.wasm', '.ics', '.webmanifest', '.yml', '.map']);
const MIN_BYTES = 512;

/**
 * gzip level and brotli quality for a file (its path relative to the site root, with forward slashes).
 * Measured with scripts/bench/compression.mjs; the table is in docs/BENCHMARKS.md.
 */
export function qualityFor(rel) {
  const ext = extname(rel);
  if (rel.startsWith('admin/')) return { gzip: 9, brotli: 6 }; // editors only: 6 MB of Decap, q11 cost 14 CPU-s for 3 % fewer bytes
  if (ext === '.css' || ext === '.js' || ext === '.mjs' || ext === '.wasm') return { gzip: 9, brotli: 11 };
  if (ext === '.json' || ext === '.webmanifest' || ext === '.map') return { gzip: 9, brotli: 9 };
  return { gzip: 9, brotli: 6 }; // HTML, XML, SVG, iCalendar, text
}

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (compressible.has(extname(e.name))) out.push(p);
  }
  return out;
}

/** Puts `source` (a cache file) at `target`: a hard link, or a copy where links do not work. */
function place(source, target) {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Compresses (or takes from the cache) one file; returns what it did. */
function processFile(file, root, cacheDir) {
  const data = readFileSync(file);
  for (const ext of ['.gz', '.br']) rmSync(file + ext, { force: true });
  if (data.length < MIN_BYTES) return { skipped: true };
  const q = qualityFor(relative(root, file).split(sep).join('/'));
  const hash = cacheDir ? createHash('sha256').update(data).digest('hex') : '';
  const result = { before: data.length, afterGz: data.length, hits: 0, misses: 0, used: [] };
  for (const [ext, tag, make] of [
    ['.gz', `g${q.gzip}`, () => gzipSync(data, { level: q.gzip })],
    ['.br', `b${q.brotli}`, () => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: q.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })],
  ]) {
    let size;
    if (cacheDir) {
      const name = `${hash}-${tag}${ext}`;
      const cached = join(cacheDir, hash.slice(0, 2), name);
      result.used.push(name);
      const st = statSync(cached, { throwIfNoEntry: false });
      if (st) {
        result.hits++;
        size = st.size;
      } else {
        result.misses++;
        const out = make();
        size = out.length;
        mkdirSync(join(cacheDir, hash.slice(0, 2)), { recursive: true });
        const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(tmp, out);
        renameSync(tmp, cached);
      }
      if (size < data.length) place(cached, file + ext);
    } else {
      result.misses++;
      const out = make();
      size = out.length;
      if (size < data.length) writeFileSync(file + ext, out);
    }
    if (ext === '.gz') result.afterGz = Math.min(size, data.length);
  }
  return result;
}

if (!isMainThread) {
  const { root, cacheDir } = workerData;
  parentPort.on('message', (batch) => {
    parentPort.postMessage(batch.map((file) => processFile(file, root, cacheDir)));
  });
}

/**
 * Writes the .gz and .br copies for every compressible file under `dir`.
 * Options: cacheDir (false for none), threads (default: one per core).
 * @param {string} dir
 * @param {{ cacheDir?: string | false, threads?: number }} [options]
 */
export async function precompress(dir, { cacheDir = resolve(process.env.HEZA_PRECOMPRESS_CACHE || join('.astro', 'precompress')), threads } = {}) {
  const root = resolve(dir);
  const files = walk(root);
  // Large files first, so that no thread is left with the biggest one at the end.
  const sized = files.map((f) => [f, statSync(f).size]).sort((a, b) => b[1] - a[1]).map(([f]) => f);
  const count = Math.max(1, Math.min(threads ?? Number(process.env.HEZA_PRECOMPRESS_THREADS || availableParallelism()), Math.ceil(files.length / 50)));
  const totals = { files: 0, before: 0, afterGz: 0, hits: 0, misses: 0, threads: count, pruned: 0 };
  const used = new Set();
  const add = (r) => {
    if (r.skipped) return;
    totals.files++;
    totals.before += r.before;
    totals.afterGz += r.afterGz;
    totals.hits += r.hits;
    totals.misses += r.misses;
    for (const u of r.used) used.add(u);
  };
  const BATCH = 16;
  let next = 0;
  const take = () => {
    const batch = sized.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  await Promise.all(
    Array.from({ length: count }, () => new Promise((done, fail) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { root, cacheDir } });
      worker.on('error', fail);
      worker.on('message', (results) => {
        results.forEach(add);
        const batch = take();
        if (batch.length) worker.postMessage(batch);
        else worker.terminate().then(() => done());
      });
      const first = take();
      if (first.length) worker.postMessage(first);
      else worker.terminate().then(() => done());
    })),
  );
  if (cacheDir) totals.pruned = prune(cacheDir, used);
  return totals;
}

/** Deletes cache entries this build did not use (the previous build's versions of changed files). */
function prune(cacheDir, used) {
  let pruned = 0;
  let folders;
  try {
    folders = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  for (const folder of folders) {
    for (const name of readdirSync(join(cacheDir, folder))) {
      if (!used.has(name)) {
        rmSync(join(cacheDir, folder, name), { force: true });
        pruned++;
      }
    }
  }
  return pruned;
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.HEZA_OUT_DIR ?? 'dist');
  const r = await precompress(dir, args.includes('--no-cache') ? { cacheDir: false } : undefined);
  const kb = (n) => (n / 1024).toFixed(0);
  console.log(
    `precompress: ${r.files} files, ${kb(r.before)} KB → ${kb(r.afterGz)} KB gzip (and .br); ` +
      `${r.misses} compressed, ${r.hits} taken from the cache, ${r.threads} thread(s)`,
  );
}
