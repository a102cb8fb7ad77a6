/**
 * The benchmark keeps working: a tiny corpus (20 pages, one run) goes through the whole script —
 * generated content that passes the content gate, the real Astro build, Pagefind, Hugo — and the
 * report, table and plot are written. Timings are not asserted: speed targets live in the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { tempDir } from '../helpers/tmp.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { root } from '../helpers/paths.ts';
import { corpusDocs, writeAstroCorpus } from '../../scripts/bench/corpus.mjs';

const hasHugo = existsSync('/usr/bin/hugo');
// Locally the Hugo part is skipped without Hugo; in CI (.ci/run installs it) it must run.
if (!hasHugo && process.env.CI) throw new Error('Hugo is required in CI: sudo apt-get install -y hugo');
const out = tempDir('heza-bench-smoke-');

describe('the benchmark corpus', () => {
  it('passes the content gate, in Vietnamese with diacritics (NFC) and English', () => {
    const dir = tempDir('heza-bench-corpus-');
    cpSync(join(root, 'content', 'settings'), join(dir, 'content', 'settings'), { recursive: true });
    writeAstroCorpus(join(dir, 'content'), corpusDocs(40));
    const { problems, entries } = runContentGate(dir);
    expect(problems).toEqual([]);
    const legal = entries.filter((e) => e.collection === 'legal');
    expect(legal.filter((e) => e.lang === 'vi')).toHaveLength(20);
    expect(legal.filter((e) => e.lang === 'en')).toHaveLength(20);
    const vi = legal.find((e) => e.lang === 'vi')!;
    expect(vi.body).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹđ]/);
    expect(vi.body).toBe(vi.body.normalize('NFC'));
    expect(legal.some((e) => Array.isArray(e.data.relations) && e.data.relations.length > 0)).toBe(true);
  });
});

describe('npm run bench on 20 pages', () => {
  it('builds with Astro, Pagefind and Hugo and writes the report and plot', () => {
    const args = ['scripts/bench.mjs', '--sizes', '20', '--runs', '1', '--no-incremental', '--out', out, ...(hasHugo ? [] : ['--no-hugo'])];
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'bench', 'results.json'), 'utf8'));
    expect(report.results).toHaveLength(1);
    const row = report.results[0];
    expect(row.pages).toBe(20);
    // 20 document pages plus the library, facet, home and error pages of both languages.
    expect(row.astroMedian.html).toBeGreaterThan(20);
    expect(row.astroMedian.cpu).toBeGreaterThan(0);
    expect(row.astroMedian.peakMB).toBeGreaterThan(0);
    expect(row.pagefindMedian.indexBytes).toBeGreaterThan(0);
    if (hasHugo) expect(row.hugoMedian.html).toBeGreaterThan(20);
    const md = readFileSync(join(out, 'BENCHMARKS.md'), 'utf8');
    expect(md).toContain('| 20 | **whole npm run build** |');
    expect(row.totalMedian.cpu).toBeGreaterThan(row.astroMedian.cpu);
    const svg = readFileSync(join(out, 'bench', 'time-per-page.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<path d="M');
  }, 300_000);
});
