#!/usr/bin/env node
// npm run bench: builds a generated bilingual corpus at several sizes with the real Astro project
// (in a temporary copy), indexes it with Pagefind, builds the same corpus with Hugo as the reference,
// and writes docs/bench/results.json, docs/bench/time-per-page.svg and the table in docs/BENCHMARKS.md.
//
//   npm run bench                                  sizes 1000,5000,10000, 3 runs each
//   npm run bench -- --sizes 1000 --runs 1         a quick run
//   npm run bench -- --sizes 20 --runs 1 --out /tmp/b --no-incremental   (the smoke test)
// Flags (or env): --sizes (BENCH_SIZES), --runs (BENCH_RUNS), --out (BENCH_OUT, default docs),
// --no-hugo, --no-pagefind, --no-incremental, --keep (keep the temporary projects and build logs),
// --project DIR (build another checkout's src/ and astro.config.mjs), --report-only (rewrite the
// report from docs/bench/results.json),
// BENCH_NODE_OPTIONS (extra Node flags for astro build, e.g. --cpu-prof).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
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
const runs = Number(option('runs', 'BENCH_RUNS', '3'));
const out = resolve(root, option('out', 'BENCH_OUT', 'docs'));
const HUGO = process.env.BENCH_HUGO ?? '/usr/bin/hugo';
const useHugo = !flag('no-hugo');
const usePagefind = !flag('no-pagefind');
const incremental = !flag('no-incremental');
const keep = flag('keep');
// --project DIR builds another checkout's astro.config.mjs and src/ (before/after comparisons).
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
if (sizes.some((s) => !(s >= 2)) || !(runs >= 1)) throw new Error('--sizes takes page counts ≥ 2, --runs a count ≥ 1');

const node = process.execPath;
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${dirname(node)}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.HEZA_OUT_DIR;
const astroArgs = [...(process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean), join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
const say = (s) => process.stdout.write(`${s}\n`);
const version = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout?.trim().split('\n')[0] ?? '';

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
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'admin']) {
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

const results = [];
for (const pages of sizes) {
  const docs = corpusDocs(pages);
  const files = docs.length * 2;
  say(`\n== ${files} content pages (${docs.length} documents × vi, en) ==`);
  const astroDir = astroProject(docs);
  const hugoDir = useHugo ? hugoProject(docs) : null;
  const row = { pages: files, astro: [], pagefind: [], hugo: [] };
  for (let run = 1; run <= runs; run++) {
    // Cold build: no content-layer or Vite cache, no previous output.
    for (const d of ['dist', '.astro']) rmSync(join(astroDir, d), { recursive: true, force: true });
    let log = '';
    const a = measure(node, astroArgs, { cwd: astroDir, env, log: (t) => (log = t) });
    if (keep) writeFileSync(join(astroDir, `build-${run}.log`), log);
    const built = folderSize(join(astroDir, 'dist'));
    row.astro.push({ ...a, ...built, warnings: warnings(log) });
    say(`astro    run ${run}: ${a.wall.toFixed(1)} s wall, ${a.cpu.toFixed(1)} s CPU, ${a.peakMB} MB peak, ${built.html} HTML pages, ${warnings(log)} MODULE_LEVEL_DIRECTIVE warnings`);
    if (usePagefind) {
      const p = measure('pagefind', ['--site', join(astroDir, 'dist'), '--quiet'], { cwd: astroDir, env });
      const index = folderSize(join(astroDir, 'dist', 'pagefind'));
      row.pagefind.push({ ...p, indexBytes: index.bytes, indexFiles: index.files });
      say(`pagefind run ${run}: ${p.wall.toFixed(1)} s wall, ${p.cpu.toFixed(1)} s CPU, ${p.peakMB} MB peak, index ${(index.bytes / 1e6).toFixed(1)} MB`);
    }
    if (hugoDir) {
      rmSync(join(hugoDir, 'public'), { recursive: true, force: true });
      const h = measure(HUGO, ['--quiet', '-s', hugoDir, '-d', join(hugoDir, 'public')], { cwd: hugoDir, env });
      const built = folderSize(join(hugoDir, 'public'));
      row.hugo.push({ ...h, ...built });
      say(`hugo     run ${run}: ${h.wall.toFixed(1)} s wall, ${h.cpu.toFixed(1)} s CPU, ${h.peakMB} MB peak, ${built.html} HTML pages`);
    }
  }
  if (incremental) {
    // An editor's save: one file changed, caches of the previous build kept.
    const file = join(astroDir, 'content', 'legal', 'vi', `${docs[0].slug}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Điều 1.', '## Điều 1. Sửa đổi:'));
    const i = measure(node, astroArgs, { cwd: astroDir, env });
    row.incremental = i;
    say(`astro    one file changed, caches kept: ${i.wall.toFixed(1)} s wall, ${i.cpu.toFixed(1)} s CPU, ${i.peakMB} MB peak`);
  }
  for (const tool of ['astro', 'pagefind', 'hugo']) {
    const list = row[tool];
    if (!list.length) continue;
    row[`${tool}Median`] = Object.fromEntries(
      Object.keys(list[0]).map((k) => [k, median(list.map((x) => x[k]))]),
    );
  }
  results.push(row);
  if (keep) say(`kept: ${astroDir}${hugoDir ? ` ${hugoDir}` : ''}`);
  else {
    rmSync(astroDir, { recursive: true, force: true });
    if (hugoDir) rmSync(hugoDir, { recursive: true, force: true });
  }
}

const astroPkg = JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8'));
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
mkdirSync(join(out, 'bench'), { recursive: true });
const report = { machine, runs, results, ...extras() };
writeFileSync(join(out, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
writeReport(out, report);
say(`\nwrote ${join(out, 'bench', 'results.json')}, ${join(out, 'bench', 'time-per-page.svg')}, ${join(out, 'BENCHMARKS.md')}`);
