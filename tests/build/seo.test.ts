/**
 * What search engines and other sites read: titles, descriptions, canonical URLs, Open Graph, the OpenSearch
 * link on every page, valid schema.org JSON-LD (tests/helpers/validateJsonLd.ts), a sitemap that lists every
 * indexable page with the same hreflang alternates as the page itself, robots.txt and the OpenSearch
 * descriptions.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlPages, page, jsonLd, fileOf } from '../helpers/dist.ts';
import { distDir, root, siteUrl as site } from '../helpers/paths.ts';
import { langs, type Lang } from '../../src/i18n/locales.ts';
import { pageUrl } from '../../src/i18n/routes.ts';
import { validateJsonLd } from '../helpers/validateJsonLd.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import type { LegalData } from '../../src/schemas/legal.ts';

const portal = htmlPages().filter((p) => /^\/(vi|en)\//.test(p.url));
const langOf = (url: string) => url.split('/')[1] as Lang;
const noindex = (url: string) => /noindex/.test(page(url).querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
const meta = (url: string, sel: string) => page(url).querySelector(sel)?.getAttribute('content')?.trim() ?? '';

describe('page metadata', () => {
  it.each(portal.map((p) => [p.url]))('%s: title, description, canonical, Open Graph and the OpenSearch link', (url) => {
    const doc = page(url);
    const lang = langOf(url);
    const title = doc.querySelector('title')?.textContent.trim() ?? '';
    expect(title.length, 'title').toBeGreaterThan(3);
    expect(meta(url, 'meta[property="og:title"]').length, 'og:title').toBeGreaterThan(3);
    expect(title.startsWith(meta(url, 'meta[property="og:title"]')), 'the title starts with og:title').toBe(true);
    expect(meta(url, 'meta[name="description"]').length, 'description').toBeGreaterThan(10);
    expect(meta(url, 'meta[property="og:description"]'), 'og:description is the description').toBe(meta(url, 'meta[name="description"]'));
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(canonical.startsWith(site.origin), 'canonical is absolute on the site').toBe(true);
    expect(existsSync(fileOf(new URL(canonical).pathname)), `canonical ${canonical} exists`).toBe(true);
    if (!noindex(url)) expect(new URL(canonical).pathname, 'an indexable page is its own canonical').toBe(url);
    expect(meta(url, 'meta[property="og:url"]')).toBe(canonical);
    expect(meta(url, 'meta[property="og:type"]')).toMatch(/^(website|article)$/);
    expect(meta(url, 'meta[property="og:locale"]')).toBe(lang === 'vi' ? 'vi_VN' : 'en_GB');
    expect(meta(url, 'meta[property="og:site_name"]').length, 'og:site_name').toBeGreaterThan(3);
    const search = doc.querySelector('link[rel="search"][type="application/opensearchdescription+xml"]');
    expect(search?.getAttribute('href')).toBe(`/${lang}/opensearch.xml`);
    expect(search?.getAttribute('title')?.length).toBeGreaterThan(3);
  });

  it.each(langs)('gives every indexable %s page its own title', (lang) => {
    const titles = new Map<string, string[]>();
    for (const { url } of portal.filter((p) => langOf(p.url) === lang && !noindex(p.url))) {
      const title = page(url).querySelector('title')!.textContent.trim();
      titles.set(title, [...(titles.get(title) ?? []), url]);
    }
    expect([...titles.entries()].filter(([, urls]) => urls.length > 1)).toEqual([]);
  });
});

describe('the bare root page', () => {
  it('is noindex and names no canonical page (that would contradict the noindex), and sends visitors on to /vi/', () => {
    const doc = page('/');
    expect(noindex('/')).toBe(true);
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toMatch(/url=\/vi\/$/);
  });
});

describe('JSON-LD', () => {
  it.each(htmlPages().map((p) => [p.url]))('%s: every block is valid schema.org for its type', (url) => {
    for (const block of jsonLd(page(url))) expect(validateJsonLd(block).errors, url).toEqual([]);
  });

  it('describes every legal document as Legislation with its number, and every procedure as a GovernmentService', () => {
    const entries = runContentGate(root).entries;
    for (const e of entries.filter((x) => x.collection === 'legal')) {
      const blocks = jsonLd(page(pageUrl(e.lang, 'legal', e.slug)));
      expect(blocks.find((b) => b['@type'] === 'Legislation')?.legislationIdentifier, e.slug).toBe((e.data as LegalData).number);
    }
    for (const e of entries.filter((x) => x.collection === 'procedures')) {
      const blocks = jsonLd(page(pageUrl(e.lang, 'procedures', e.slug)));
      expect(blocks.find((b) => b['@type'] === 'GovernmentService')?.name, e.slug).toBe((e.data as { title: string }).title);
    }
  });
});

describe('sitemap.xml', () => {
  const xml = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  const doc = parse(xml);
  const entries = doc.querySelectorAll('url').map((u) => ({
    loc: u.querySelector('loc')!.textContent.trim(),
    alternates: u.querySelectorAll('xhtml\\:link').map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`).sort(),
  }));
  const locs = new Set(entries.map((e) => new URL(e.loc).pathname));

  it('is a urlset with the xhtml namespace', () => {
    expect(xml).toMatch(/<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
    expect(entries.length).toBeGreaterThan(0);
  });

  it('lists only pages that exist, are indexable and are their own canonical', () => {
    for (const e of entries) {
      const path = new URL(e.loc).pathname;
      expect(new URL(e.loc).origin).toBe(site.origin);
      expect(existsSync(fileOf(path)), path).toBe(true);
      expect(noindex(path), `${path} is noindex`).toBe(false);
    }
    expect(locs.size, 'no page twice').toBe(entries.length);
  });

  it('lists every indexable page of both languages', () => {
    const missing = portal.filter((p) => !noindex(p.url) && !locs.has(p.url)).map((p) => p.url);
    expect(missing, 'add the page kind to src/pages/sitemap.xml.ts').toEqual([]);
  });

  it('dates each legal document, procedure and news item by its last change in the content, and their front pages by the newest of them', () => {
    const lastmod = new Map(doc.querySelectorAll('url').map((u) => [new URL(u.querySelector('loc')!.textContent.trim()).pathname, u.querySelector('lastmod')?.textContent.trim()]));
    const newest = new Map<string, string>();
    for (const e of runContentGate(root).entries) {
      const d = e.data as { changes?: { date: string }[]; published?: string; updated?: string };
      let changed: string | undefined;
      if (e.collection === 'legal' || e.collection === 'procedures') changed = d.changes![0]!.date;
      else if (e.collection === 'news') changed = d.updated ?? d.published;
      else continue;
      const section = e.collection as 'legal' | 'procedures' | 'news';
      expect(lastmod.get(pageUrl(e.lang, section, e.slug)), `${e.lang}/${e.collection}/${e.slug}`).toBe(changed);
      const index = pageUrl(e.lang, section);
      if (!newest.has(index) || newest.get(index)! < changed!) newest.set(index, changed!);
    }
    expect(newest.size).toBe(6);
    for (const [index, date] of newest) expect(lastmod.get(index), index).toBe(date);
    // Dates only (W3C datetime), and only where the content gives one: never the time of the build.
    for (const [path, date] of lastmod) if (date !== undefined) expect(date, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastmod.get(pageUrl('vi', 'home'))).toBeUndefined();
  });

  it('gives each page the same hreflang alternates as the page itself', () => {
    for (const e of entries) {
      const html = page(new URL(e.loc).pathname);
      const own = html.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`).sort();
      expect(e.alternates, e.loc).toEqual(own);
    }
  });
});

describe('robots.txt and OpenSearch', () => {
  it('robots.txt points at the sitemap and keeps crawlers out of the CMS only', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap.xml', site).href}`);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });

  it.each(langs)('/%s/opensearch.xml sends searches to that language’s search page', (lang) => {
    const xml = readFileSync(join(distDir, lang, 'opensearch.xml'), 'utf8');
    const tag = (name: string) => xml.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1] ?? '';
    expect(xml).toContain(`<Url type="text/html" method="get" template="${new URL(pageUrl(lang, 'search'), site).href}?q={searchTerms}"/>`);
    expect(tag('ShortName').length).toBeGreaterThan(0);
    expect(tag('ShortName').length).toBeLessThanOrEqual(16);
    expect(tag('Description').length).toBeLessThanOrEqual(1024);
    expect(tag('Language')).toBe(lang);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  });
});
