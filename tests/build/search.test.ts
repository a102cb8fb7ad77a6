/**
 * Pagefind markup in dist/: what each page kind tells the index (filters, sort key, metadata, aliases),
 * what is kept out of it (navigation, breadcrumbs, facet sidebars, banners), and that the search page
 * alone loads the search code, as external modules.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { pageUrl } from '../../src/i18n/routes.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import { htmlPages, page } from '../helpers/dist.ts';
import { distDir, root } from '../helpers/paths.ts';

const legal = runContentGate(root)
  .entries.filter((e) => e.collection === 'legal')
  .map((e) => ({ ...e, data: e.data as LegalData, url: pageUrl(e.lang, 'legal', e.slug) }));
/** What Pagefind reads from a page's `attr` (written inline, key:value, one element each, valid HTML). */
const metaOf = (url: string, attr: string) =>
  Object.fromEntries(
    page(url)
      .querySelectorAll(`[${attr}]`)
      .map((m) => {
        const v = m.getAttribute(attr)!;
        expect(m.tagName, `${url}: ${attr} on an element that is valid without name/content`).not.toBe('META');
        const i = v.indexOf(':');
        return [v.slice(0, i), v.slice(i + 1)];
      }),
  );

describe('Pagefind markup in dist/', () => {
  it('builds a Pagefind index for each language', () => {
    const files = readdirSync(join(distDir, 'pagefind'));
    expect(files.some((f) => /^pagefind\.vi_.*\.pf_meta$/.test(f))).toBe(true);
    expect(files.some((f) => /^pagefind\.en_.*\.pf_meta$/.test(f))).toBe(true);
  });

  it.each(legal.map((d) => [d.url, d] as const))('%s carries kind, facets, date sort, number and aliases', (url, d) => {
    const filters = metaOf(url, 'data-pagefind-filter');
    expect(filters).toEqual({ kind: 'document', type: d.data.docType, issuer: d.data.issuer, year: d.data.issued.slice(0, 4), status: d.data.status });
    expect(metaOf(url, 'data-pagefind-sort')).toEqual({ date: d.data.issued });
    const meta = metaOf(url, 'data-pagefind-meta');
    expect(meta.number).toBe(d.data.number);
    // The number as typed without Đ and glued, never as visible text.
    const aliases = meta.aliases!.split(' ');
    expect(aliases).toContain(d.data.number.toLowerCase().replace(/đ/g, 'd'));
    expect(page(url).querySelector('main')!.textContent).not.toContain(meta.aliases!);
  });

  const content = runContentGate(root).entries;
  const procedures = content.filter((e) => e.collection === 'procedures').map((e) => pageUrl(e.lang, 'procedures', e.slug));
  const news = content.filter((e) => e.collection === 'news').map((e) => ({ url: pageUrl(e.lang, 'news', e.slug), published: (e.data as { published: string }).published }));

  it('has procedures and news to check', () => {
    expect(procedures.length).toBeGreaterThan(0);
    expect(news.length).toBeGreaterThan(0);
  });

  it.each(procedures.map((u) => [u]))('%s is a procedure for the kind facet, with a sort date and aliases', (url) => {
    expect(metaOf(url, 'data-pagefind-filter').kind).toBe('procedure');
    expect(metaOf(url, 'data-pagefind-sort').date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(metaOf(url, 'data-pagefind-meta').typeLabel).toBeTruthy();
  });

  it.each(news.map((n) => [n.url, n] as const))('%s is news for the kind facet, sorted and filtered by its date', (url, n) => {
    const filters = metaOf(url, 'data-pagefind-filter');
    expect(filters.kind).toBe('news');
    expect(filters.year).toBe(n.published.slice(0, 4));
    expect(metaOf(url, 'data-pagefind-sort').date).toBe(n.published);
  });

  it('indexes the article, not the navigation: breadcrumbs, facet sidebars and banners are ignored', () => {
    for (const { url } of htmlPages()) {
      const html = page(url);
      const main = html.querySelector('main');
      if (!main?.hasAttribute('data-pagefind-body')) continue;
      for (const nav of main.querySelectorAll('nav')) expect(nav.hasAttribute('data-pagefind-ignore'), `${url} nav.${nav.classList.value}`).toBe(true);
      for (const n of main.querySelectorAll('[data-unofficial-translation], [data-unverified]')) expect(n.hasAttribute('data-pagefind-ignore'), url).toBe(true);
      expect(html.querySelector('header')!.closest('[data-pagefind-body]')).toBeNull();
    }
  });

  it('has a search page per language that is not itself indexed', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = page(pageUrl(lang, 'search'));
      expect(html.querySelector('[data-pagefind-body]')).toBeNull();
      expect(html.querySelector('form[role="search"] input[name="q"]')).not.toBeNull();
      expect(html.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
      // The no-JavaScript notice is a <noscript> (with scripts on, it takes no place and nothing moves).
      const noscript = parse(html.querySelector('noscript')!.innerHTML);
      expect(noscript.querySelector('[data-search-nojs] a')!.getAttribute('href')).toBe(pageUrl(lang, 'legal'));
    }
  });

  it('loads the search code on the search page only, as external modules without inline code', () => {
    const searchSrcs = new Set<string>();
    for (const lang of ['vi', 'en'] as const) {
      const scripts = page(pageUrl(lang, 'search')).querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.length, lang).toBeGreaterThan(0);
      for (const s of scripts) {
        expect(s.getAttribute('type')).toBe('module');
        expect(s.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
        expect(s.textContent.trim()).toBe('');
        expect(existsSync(join(distDir, s.getAttribute('src')!))).toBe(true);
        searchSrcs.add(s.getAttribute('src')!);
      }
    }
    for (const { url } of htmlPages()) {
      if (url === pageUrl('vi', 'search') || url === pageUrl('en', 'search')) continue;
      const html = page(url).toString();
      for (const src of searchSrcs) expect(html.includes(src), url).toBe(false);
      expect(html.includes('/pagefind/'), url).toBe(false);
    }
  });
});
