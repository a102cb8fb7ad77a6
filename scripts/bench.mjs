#!/usr/bin/env node
// npm run bench: runs every step of `npm run build` (content gate, Astro, Pagefind, compression) on a
// generated bilingual corpus at several sizes with the real project (in a temporary copy), builds the same
// texts with Hugo + Pagefind as the reference, rebuilds after an editor's save (one summary changed) and
// after a title change shown on many pages (caches kept), and writes docs/bench/results.json,
// docs/bench/time-per-page.svg and the tables in docs/BENCHMARKS.md.
//
//   npm run bench                                  sizes 1000,5000,10000, 3 runs each
//   npm run bench -- --sizes 1000 --runs 1         a quick run
//   npm run bench -- --sizes 20 --runs 1 --out /tmp/b --no-incremental   (the smoke test)
// Flags (or env): --sizes (BENCH_SIZES), --runs (BENCH_RUNS), --out (BENCH_OUT, default docs),
// --no-hugo, --no-pagefind, --no-compress, --no-incremental (no rebuilds), --keep (keep the temporary projects and build logs),
// --merge (keep the other sizes' rows of results.json), --project DIR (build another checkout's src/ and astro.config.mjs), --report-only (rewrite the
// report from docs/bench/results.json),
// BENCH_NODE_OPTIONS (extra Node flags for astro build, e.g. --cpu-prof).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { corpusDocs, writeAstroCorpus, writeHugoCorpus } from './bench/corpus.mjs';
import { writeHugoSite } from './bench/hugo.mjs';
import { folderSize, measure, median, TIME } from './bench/measure.mjs';
import { writeReport } from './bench/report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, env, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : (process.env[env] ?? fallback);
};
const sizes = option('sizes', 'BENCH_SIZES', '1000,5000,10000').split(',').map(Number);
// --runs 3 (every size) or one count per size: --sizes 1000,5000,10000 --runs 3,3,1
const runList = option('runs', 'BENCH_RUNS', '3').split(',').map(Number);
const runsFor = (i) => runList[Math.min(i, runList.length - 1)];
const runs = runList[0];
// --merge keeps the rows of other sizes from the existing docs/bench/results.json (e.g. the 10,000-page
// run made on its own).
const merge = flag('merge');
const out = resolve(root, option('out', 'BENCH_OUT', 'docs'));
const HUGO = process.env.BENCH_HUGO ?? '/usr/bin/hugo';
const useHugo = !flag('no-hugo');
const usePagefind = !flag('no-pagefind');
const incremental = !flag('no-incremental');
const useCompress = !flag('no-compress');
const keep = flag('keep');
// --merge (keep the other sizes' rows of results.json), --project DIR builds another checkout's astro.config.mjs and src/ (before/after comparisons).
const project = resolve(option('project', 'BENCH_PROJECT', root));

// --report-only: rewrite the report from docs/bench/results.json (e.g. after search.json or weight.json
// arrived), without building anything.
if (flag('report-only')) {
  const report = JSON.parse(readFileSync(join(out, 'bench', 'results.json'), 'utf8'));
  Object.assign(report, extras());
  writeFileSync(join(out, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeReport(out, report);
  process.stdout.write(`rewrote ${join(out, 'BENCHMARKS.md')} and the plot from ${join(out, 'bench', 'results.json')}\n`);
  process.exit(0);
}

if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed: sudo apt-get install -y time`);
if (useHugo && !existsSync(HUGO)) throw new Error(`${HUGO} is missing: sudo apt-get install -y hugo (or --no-hugo)`);
if (sizes.some((s) => !(s >= 2)) || runList.some((r) => !(r >= 1))) throw new Error('--sizes takes page counts ≥ 2, --runs a count ≥ 1');

const node = process.execPath;
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${dirname(node)}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.HEZA_OUT_DIR;
const astroArgs = [...(process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean), join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
const say = (s) => process.stdout.write(`${s}\n`);
const version = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', env }).stdout?.trim().split('\n')[0] ?? '';

/** Search and page-weight figures written by scripts/bench/search.mjs and scripts/bench/weight.mjs. */
function extras() {
  const found = {};
  for (const [key, file] of [['search', 'search.json'], ['weight', 'weight.json']]) {
    const path = join(root, 'docs', 'bench', file);
    if (existsSync(path)) found[key] = JSON.parse(readFileSync(path, 'utf8'));
  }
  return found;
}

/** A copy of the project with the generated content instead of ours (settings kept). */
function astroProject(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'heza-bench-astro-'));
  for (const name of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'admin', 'scripts']) {
    if (existsSync(join(project, name))) cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  cpSync(join(project, 'content', 'settings'), join(dir, 'content', 'settings'), { recursive: true });
  writeAstroCorpus(join(dir, 'content'), docs);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function hugoProject(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'heza-bench-hugo-'));
  writeHugoSite(dir);
  writeHugoCorpus(join(dir, 'content'), docs);
  return dir;
}

const warnings = (text) => (text.match(/MODULE_LEVEL_DIRECTIVE/g) ?? []).length;
const fmt = (m) => `${m.wall.toFixed(1)} s wall, ${m.cpu.toFixed(1)} s CPU, ${m.peakMB} MB peak`;
const sumOf = (parts) => ({
  wall: parts.reduce((s, p) => s + p.wall, 0),
  cpu: Math.round(parts.reduce((s, p) => s + p.cpu, 0) * 100) / 100,
  peakMB: Math.max(...parts.map((p) => p.peakMB)),
});

/**
 * The steps of `npm run build` (scripts/build.mjs), each under GNU time: astro build (the content gate
 * runs inside it, in its config hook), the Pagefind index, then the compression of every text file.
 * The gate is also timed on its own (scripts/check-content.mjs), to show its share of the Astro step.
 */
function wholeBuild(astroDir, { gate = true, log } = {}) {
  const step = {};
  if (gate) step.gate = measure(node, [join(astroDir, 'scripts', 'check-content.mjs')], { cwd: astroDir, env });
  step.astro = measure(node, astroArgs, { cwd: astroDir, env, log });
  step.built = folderSize(join(astroDir, 'dist')); // Astro's output, before the index and the compressed copies
  if (usePagefind) step.pagefind = measure('pagefind', ['--site', join(astroDir, 'dist'), '--quiet'], { cwd: astroDir, env });
  if (useCompress) step.compress = measure(node, [join(astroDir, 'scripts', 'precompress.mjs'), join(astroDir, 'dist')], { cwd: astroDir, env });
  step.total = sumOf([step.astro, step.pagefind, step.compress].filter(Boolean));
  return step;
}

/** An editor's edit in the Vietnamese file of `slug`: `edit` rewrites its text; returns an undo. */
function editDoc(astroDir, slug, edit) {
  const file = join(astroDir, 'content', 'legal', 'vi', `${slug}.mdx`);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the benchmark's edit changed nothing in ${file}`);
  writeFileSync(file, after);
  return () => writeFileSync(file, before);
}

const results = [];
const astroPkg = JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8'));
const previousResults = merge && existsSync(join(out, 'bench', 'results.json')) ? JSON.parse(readFileSync(join(out, 'bench', 'results.json'), 'utf8')) : null;

function writeResults() {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    astro: astroPkg.version,
    hugo: useHugo ? version(HUGO, ['version']) : null,
    pagefind: usePagefind ? version('pagefind', ['--version']) : null,
    date: new Date().toISOString(),
  };
  const all = [...results];
  // --merge keeps the other sizes' rows of the existing results.json.
  for (const row of previousResults?.results ?? []) if (!all.some((r) => r.pages === row.pages)) all.push({ runs: previousResults.runs, ...row });
  all.sort((a, b) => a.pages - b.pages);
  mkdirSync(join(out, 'bench'), { recursive: true });
  const report = { machine, runs, results: all, ...extras() };
  writeFileSync(join(out, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeReport(out, report);
}

const medianOf = (list) => (list.length ? Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(list.map((x) => x[k]))])) : undefined);

/** Medians of what a size has measured so far, then results.json and the report written again: a long run
 * that is stopped keeps every step it measured. */
function progress(row) {
  for (const key of ['astro', 'pagefind', 'hugo', 'gate', 'compress', 'total', 'hugoPagefind', 'hugoTotal']) {
    if (row[key].length) row[`${key}Median`] = medianOf(row[key]);
  }
  for (const key of ['rebuildSummary', 'rebuildTitle']) {
    if (!row[key].length) continue;
    row[`${key}Median`] = Object.fromEntries(['astro', 'pagefind', 'compress', 'total'].filter((s) => row[key][0][s]).map((s) => [s, medianOf(row[key].map((x) => x[s]))]));
  }
  writeResults();
}

for (const [sizeIndex, pages] of sizes.entries()) {
  const runs = runsFor(sizeIndex);
  const docs = corpusDocs(pages);
  const files = docs.length * 2;
  say(`\n== ${files} content pages (${docs.length} documents × vi, en) ==`);
  const astroDir = astroProject(docs);
  const hugoDir = useHugo ? hugoProject(docs) : null;
  // The document most others relate to: its title is shown on every page that relates to it.
  const incoming = new Map();
  for (const d of docs) for (const r of d.vi.front.relations ?? []) incoming.set(r.target, (incoming.get(r.target) ?? 0) + 1);
  const [titleSlug, titleRefs] = [...incoming].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [docs[0].slug, 0];
  const row = { pages: files, runs, astro: [], pagefind: [], hugo: [], gate: [], compress: [], total: [], hugoPagefind: [], hugoTotal: [], rebuildSummary: [], rebuildTitle: [], titleEditedRelatedBy: titleRefs, load: [] };
  results.push(row);
  for (let run = 1; run <= runs; run++) {
    // Cold build: no content-layer, Vite, incremental or compression cache, no previous output.
    for (const d of ['dist', '.astro']) rmSync(join(astroDir, d), { recursive: true, force: true });
    const load = loadavg()[0];
    let log = '';
    const w = wholeBuild(astroDir, { log: (t) => (log = t) });
    if (keep) writeFileSync(join(astroDir, `build-${run}.log`), log);
    const built = w.built;
    row.astro.push({ ...w.astro, ...built, warnings: warnings(log) });
    row.gate.push(w.gate);
    row.total.push(w.total);
    say(`gate     run ${run}: ${fmt(w.gate)}`);
    say(`astro    run ${run}: ${fmt(w.astro)}, ${built.html} HTML pages, ${warnings(log)} MODULE_LEVEL_DIRECTIVE warnings`);
    if (w.pagefind) {
      const index = folderSize(join(astroDir, 'dist', 'pagefind'));
      row.pagefind.push({ ...w.pagefind, indexBytes: index.bytes, indexFiles: index.files });
      say(`pagefind run ${run}: ${fmt(w.pagefind)}, index ${(index.bytes / 1e6).toFixed(1)} MB`);
    }
    if (w.compress) {
      row.compress.push(w.compress);
      say(`compress run ${run}: ${fmt(w.compress)}`);
    }
    say(`whole    run ${run}: ${fmt(w.total)} (load average ${load.toFixed(1)} at the start)`);
    row.load.push([load, loadavg()[0]]);
    progress(row);
    if (hugoDir) {
      rmSync(join(hugoDir, 'public'), { recursive: true, force: true });
      const h = measure(HUGO, ['--quiet', '-s', hugoDir, '-d', join(hugoDir, 'public')], { cwd: hugoDir, env });
      const hb = folderSize(join(hugoDir, 'public'));
      row.hugo.push({ ...h, ...hb });
      say(`hugo     run ${run}: ${fmt(h)}, ${hb.html} HTML pages`);
      if (usePagefind) {
        const hp = measure('pagefind', ['--site', join(hugoDir, 'public'), '--quiet'], { cwd: hugoDir, env });
        row.hugoPagefind.push(hp);
        row.hugoTotal.push(sumOf([h, hp]));
        say(`hugo + pagefind run ${run}: pagefind ${fmt(hp)}`);
      } else row.hugoTotal.push(h);
      progress(row);
    }
    if (incremental) {
      // An editor's save: one document's summary changed, every cache of the previous build kept.
      const undoSummary = editDoc(astroDir, docs[run % docs.length].slug, (t) => t.replace('summary: Nội dung mẫu', `summary: Nội dung mẫu (sửa lần ${run})`));
      const s = wholeBuild(astroDir, { gate: false });
      row.rebuildSummary.push(s);
      progress(row);
      say(`rebuild after a summary edit, run ${run}: ${fmt(s.total)} (astro ${s.astro.cpu}, pagefind ${s.pagefind?.cpu ?? '—'}, compression ${s.compress?.cpu ?? '—'} CPU-s)`);
      // A change that touches many pages: the title of the document most others relate to.
      const undoTitle = editDoc(astroDir, titleSlug, (t) => t.replace(/^title: (.*)$/m, `title: $1 – sửa lần ${run}`));
      const t = wholeBuild(astroDir, { gate: false });
      row.rebuildTitle.push(t);
      progress(row);
      say(`rebuild after a title edit (${titleRefs} documents relate to it), run ${run}: ${fmt(t.total)} (astro ${t.astro.cpu}, pagefind ${t.pagefind?.cpu ?? '—'}, compression ${t.compress?.cpu ?? '—'} CPU-s)`);
      undoTitle();
      undoSummary();
    }
  }
  if (keep) say(`kept: ${astroDir}${hugoDir ? ` ${hugoDir}` : ''}`);
  else {
    rmSync(astroDir, { recursive: true, force: true });
    if (hugoDir) rmSync(hugoDir, { recursive: true, force: true });
  }
}

say(`\nwrote ${join(out, 'bench', 'results.json')}, ${join(out, 'bench', 'time-per-page.svg')}, ${join(out, 'BENCHMARKS.md')}`);
