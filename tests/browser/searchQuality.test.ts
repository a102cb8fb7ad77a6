/**
 * The search-quality suite: every query of tests/search/queries.json, typed into the built search page in
 * Chromium, must bring its expected page first or near it. Reports mean reciprocal rank (MRR) and top-1
 * share, writes them to test-results/search-quality.json, and fails under an MRR of 0.95.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { pageUrl } from '../../src/i18n/routes.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';
import { openSearch, searchFor } from '../search/runQueries.ts';

interface Query {
  lang: Lang;
  q: string;
  expect: { number?: string; url?: string };
  why: string;
}

const queries = (JSON.parse(readFileSync(join(root, 'tests/search/queries.json'), 'utf8')) as { queries: Query[] }).queries;
const legal = runContentGate(root).entries.filter((e) => e.collection === 'legal');

function expectedUrl(q: Query): string {
  if (q.expect.url) return q.expect.url;
  const doc = legal.find((e) => e.lang === q.lang && (e.data as LegalData).number === q.expect.number);
  if (!doc) throw new Error(`queries.json: no ${q.lang} document numbered ${q.expect.number} (query "${q.q}")`);
  return pageUrl(q.lang, 'legal', doc.slug);
}

describe.skipIf(!hasChromium)('search quality in Chromium', () => {
  const site = siteInBrowser();

  it('has at least 60 queries, in both languages, each naming a page that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.lang))).toEqual(new Set(['vi', 'en']));
    for (const q of queries) expect(expectedUrl(q)).toMatch(/^\/(vi|en)\//);
  });

  it('brings the expected page first: MRR ≥ 0.95', async () => {
    const rows: { lang: Lang; q: string; expected: string; rank: number; first: string | null }[] = [];
    const pages = new Map<Lang, { page: Page; errors: string[] }>();
    for (const q of queries) {
      let p = pages.get(q.lang);
      if (!p) {
        const w = await watchedPage(site.browser);
        await openSearch(w.page, site.server.url, q.lang);
        p = { page: w.page, errors: w.errors };
        pages.set(q.lang, p);
      }
      const urls = await searchFor(p.page, q.q);
      const expected = expectedUrl(q);
      const rank = urls.indexOf(expected) + 1;
      rows.push({ lang: q.lang, q: q.q, expected, rank, first: urls[0] ?? null });
    }
    const rr = rows.map((r) => (r.rank > 0 ? 1 / r.rank : 0));
    const mrr = rr.reduce((a, b) => a + b, 0) / rows.length;
    const top1 = rows.filter((r) => r.rank === 1).length / rows.length;
    const misses = rows.filter((r) => r.rank !== 1);
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/search-quality.json'), JSON.stringify({ queries: rows.length, mrr, top1, misses }, null, 1));
    console.log(`search quality: ${rows.length} queries, MRR ${mrr.toFixed(3)}, top-1 ${(top1 * 100).toFixed(1)}%`);
    for (const m of misses) console.log(`  [${m.lang}] "${m.q}" → expected ${m.expected} at rank ${m.rank || 'none'}, first was ${m.first}`);
    for (const [, p] of pages) expect(p.errors).toEqual([]);
    expect(mrr).toBeGreaterThanOrEqual(0.95);
  });
});
