/**
 * The built legal library: every document in both languages, with its metadata, status, relations
 * both ways, JSON-LD, and nothing shown as data that is not.
 */
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { formatDate } from '../../src/lib/formatDate.ts';
import { pageUrl } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/ui.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import { exists, jsonLd, page } from '../helpers/dist.ts';
import { root, siteUrl } from '../helpers/paths.ts';

const entries = runContentGate(root).entries.filter((e) => e.collection === 'legal');
const docs = entries.map((e) => ({ ...e, data: e.data as LegalData, url: pageUrl(e.lang, 'legal', e.slug) }));

describe('legal documents in dist/', () => {
  it('has content to test', () => {
    expect(docs.filter((d) => d.lang === 'vi').length).toBeGreaterThanOrEqual(10);
  });

  it.each(docs.map((d) => [d.url, d] as const))('%s is built with its number, title and one h1', (url, d) => {
    expect(exists(url)).toBe(true);
    const html = page(url);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(d.lang);
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    expect(html.querySelector('h1')!.textContent.trim()).toBe(d.data.title);
    expect(html.querySelector('[data-field="number"]')!.textContent.trim()).toBe(d.data.number);
    expect(html.querySelector('[data-field="issued"]')!.textContent).toContain(formatDate(d.data.issued, d.lang));
  });

  it.each(docs.map((d) => [d.url, d] as const))('%s carries Legislation JSON-LD with the number as issued', (url, d) => {
    const ld = jsonLd(page(url)).find((x) => x['@type'] === 'Legislation');
    expect(ld?.['@id']).toBe(new URL(url, siteUrl).href);
    expect(ld!.legislationIdentifier).toBe(d.data.number);
    expect(ld!.legislationDate).toBe(d.data.issued);
    expect(ld!.inLanguage).toBe(d.lang);
  });

  it.each(docs.map((d) => [d.url, d] as const))('%s shows the status with its last-checked date', (url, d) => {
    const status = page(url).querySelector('[data-field="status"]')!.textContent;
    expect(status).toContain(formatDate(d.data.statusCheckedOn, d.lang));
  });

  it.each(docs.map((d) => [d.url, d] as const))('%s shows unknown facts as awaiting verification, never as empty cells', (url, d) => {
    const html = page(url);
    const awaiting = t(d.lang, 'legal.awaiting');
    for (const field of ['signer', 'effective'] as const) {
      const cell = html.querySelector(`[data-field="${field}"]`)!.textContent.trim();
      expect(cell, field).not.toBe('');
      if (d.data[field] === undefined) expect(cell, field).toContain(awaiting);
      else expect(cell, field).not.toContain(awaiting);
    }
    for (const td of html.querySelectorAll('.meta-table td')) expect(td.textContent.trim()).not.toBe('');
  });

  it('says on every English document that it is an unofficial translation, and not on Vietnamese ones', () => {
    for (const d of docs) {
      const notice = page(d.url).querySelector('[data-unofficial-translation]');
      if (d.lang === 'en') expect(notice?.textContent, d.url).toMatch(/Unofficial translation/);
      else expect(notice, d.url).toBeNull();
    }
  });

  it('shows each stored relation on both documents, linked both ways', () => {
    const stored = docs.filter((d) => d.lang === 'vi').flatMap((d) => (d.data.relations ?? []).map((r) => ({ from: d.slug, ...r })));
    expect(stored.length).toBeGreaterThan(0);
    const checked = { vi: 0, en: 0 };
    for (const lang of ['vi', 'en'] as const) {
      for (const r of stored) {
        // An English page exists only where both documents are translated; every Vietnamese pair is checked.
        const both = exists(pageUrl(lang, 'legal', r.from)) && exists(pageUrl(lang, 'legal', r.target));
        if (lang === 'en' && !both) continue;
        const active = page(pageUrl(lang, 'legal', r.from)).querySelector(`[data-relation="active:${r.type}"] a[href="${pageUrl(lang, 'legal', r.target)}"]`);
        const passive = page(pageUrl(lang, 'legal', r.target)).querySelector(`[data-relation="passive:${r.type}"] a[href="${pageUrl(lang, 'legal', r.from)}"]`);
        expect(active?.getAttribute('href'), `${lang} ${r.from} → ${r.target}`).toBe(pageUrl(lang, 'legal', r.target));
        expect(passive?.getAttribute('href'), `${lang} ${r.target} ← ${r.from}`).toBe(pageUrl(lang, 'legal', r.from));
        checked[lang]++;
      }
    }
    expect(checked.vi).toBe(stored.length);
    const translated = stored.filter((r) => docs.some((d) => d.lang === 'en' && d.slug === r.from) && docs.some((d) => d.lang === 'en' && d.slug === r.target));
    expect(checked.en).toBe(translated.length);
  });

  it('shows 61/2018 as cited by 431/KH-BQL (never "basis for"), replaced by 118/2025 and no longer in force', () => {
    const html = page(pageUrl('vi', 'legal', '61-2018-nd-cp'));
    const cited = html.querySelector('[data-relation="passive:dan-chieu"]');
    expect(cited?.querySelector(`a[href="${pageUrl('vi', 'legal', '431-kh-bql-2024')}"]`)).not.toBeNull();
    expect(cited!.textContent).toContain('Được dẫn chiếu bởi');
    expect(html.querySelector('[data-relation^="passive:can-cu"]')).toBeNull();
    expect(html.querySelector('main')!.textContent).not.toContain('Là căn cứ của');
    expect(html.querySelector('[data-relation="passive:thay-the"] a')!.getAttribute('href')).toBe(pageUrl('vi', 'legal', '118-2025-nd-cp'));
    expect(html.querySelector('main')!.textContent).toContain('Hết hiệu lực toàn bộ');
    const en = page(pageUrl('en', 'legal', '219-2025-nd-cp'));
    expect(en.querySelector('time[datetime="2025-08-07"]')).not.toBeNull();
  });

  it('lists every document on the library index of its language, and links to facet pages that exist', () => {
    for (const lang of ['vi', 'en'] as const) {
      const index = page(pageUrl(lang, 'legal'));
      const links = new Set(index.querySelectorAll('a').map((a) => a.getAttribute('href')));
      for (const d of docs.filter((x) => x.lang === lang)) expect(links.has(d.url), d.url).toBe(true);
      const facetLinks = index.querySelectorAll('.facets a').map((a) => a.getAttribute('href')!);
      expect(facetLinks.length).toBeGreaterThan(8);
      for (const href of facetLinks) expect(exists(href), href).toBe(true);
    }
  });

  it('filters by year on a pre-rendered page that lists exactly that year’s documents', () => {
    const year = '2018';
    const expected = docs.filter((d) => d.lang === 'vi' && d.data.issued.startsWith(year)).map((d) => d.url).sort();
    const listed = page(`/vi/van-ban/nam/${year}/`).querySelectorAll('.doc-list__title').map((a) => a.getAttribute('href')).sort();
    expect(listed).toEqual(expected);
  });
});

describe('anchors in document bodies', () => {
  it('are ASCII, unique on the page, so links to sections can be typed and shared', () => {
    for (const d of docs) {
      const ids = page(d.url).querySelectorAll('.prose [id]').map((e) => e.id);
      for (const id of ids) expect(id, d.url).toMatch(/^[a-z0-9-]+$/);
      expect(new Set(ids).size, d.url).toBe(ids.length);
    }
  });
});
