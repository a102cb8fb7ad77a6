/**
 * The built procedure guides: every guide in both languages with its GovernmentService JSON-LD, its
 * dossier checklist (on the page and as a printable page), legal-basis links that resolve, unknown facts
 * shown as awaiting verification, and the index and one-stop page built from content and settings.
 */
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { checklistUrl, pageUrl } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/ui.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { formatTimeLimit, isoDuration } from '../../src/collections/procedures/facts.ts';
import type { ProcedureData } from '../../src/schemas/procedures.ts';
import { onlineLevelLabels, procedureFieldLabels, yesNoLabels } from '../../src/schemas/procedures.vocab.ts';
import type { SiteSettings } from '../../src/schemas/settings.ts';
import { isConfirmed, unconfirmedContacts } from '../../src/schemas/settings.contacts.ts';
import { exists, jsonLd, page } from '../helpers/dist.ts';
import { root, siteUrl } from '../helpers/paths.ts';

const gate = runContentGate(root);
const procs = gate.entries
  .filter((e) => e.collection === 'procedures')
  .map((e) => ({ ...e, data: e.data as ProcedureData, url: pageUrl(e.lang, 'procedures', e.slug) }));
const settings = (lang: Lang) => gate.entries.find((e) => e.collection === 'settings' && e.lang === lang)!.data as SiteSettings;
const cases = procs.map((p) => [p.url, p] as const);
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('procedure guides in dist/', () => {
  it('has at least six procedures in each language', () => {
    expect(procs.filter((p) => p.lang === 'vi').length).toBeGreaterThanOrEqual(6);
    expect(procs.filter((p) => p.lang === 'en').length).toBe(procs.filter((p) => p.lang === 'vi').length);
  });

  it.each(cases)('%s is built with its title as the one h1 and its steps in order', (url, p) => {
    const html = page(url);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(p.lang);
    expect(html.querySelectorAll('h1').map((h) => text(h.textContent))).toEqual([p.data.title]);
    expect(html.querySelectorAll('ol.steps > li').map((li) => text(li.textContent))).toEqual(p.data.steps.map((s) => s.text));
  });

  it.each(cases)('%s carries GovernmentService JSON-LD with one channel per way to submit', (url, p) => {
    const ld = jsonLd(page(url)).find((x) => x['@type'] === 'GovernmentService');
    expect(ld?.['@id']).toBe(new URL(url, siteUrl).href);
    expect(ld!.name).toBe(p.data.title);
    expect(ld!.url).toBe(new URL(url, siteUrl).href);
    // A guide whose handling agency is unconfirmed names the competent body by law, not the Authority.
    expect((ld!.provider as { name: string }).name).toBe(p.data.agencyAwaiting ? settings(p.lang).parentBody : settings(p.lang).authorityName);
    expect(Boolean(ld!.serviceOperator)).toBe(!p.data.agencyAwaiting);
    expect(ld!.identifier).toBe(p.data.code);
    const channels = ld!.availableChannel as { processingTime?: string }[];
    expect(channels).toHaveLength(p.data.channels.length);
    channels.forEach((c, i) => expect(c.processingTime ?? null).toBe(isoDuration(p.data.channels[i]!)));
  });

  it.each(cases)('%s shows each way with its time limit, or says it is awaiting verification', (url, p) => {
    const html = page(url);
    const awaiting = t(p.lang, 'legal.awaiting');
    for (const c of p.data.channels) {
      const block = html.querySelector(`[data-channel="${c.kind}"]`)!;
      expect(block?.getAttribute('data-channel'), c.kind).toBe(c.kind);
      const time = text(block.querySelector('[data-field="timeLimit"]')!.textContent);
      expect(time.startsWith(formatTimeLimit(c, p.lang) ?? awaiting)).toBe(true);
      if (c.fee === undefined && !c.feeNote) expect(text(block.querySelector('[data-field="fee"]')!.textContent)).toBe(awaiting);
    }
    expect(text(html.querySelector('[data-field="code"]')!.textContent)).toBe(p.data.code ?? awaiting);
    expect(text(html.querySelector('[data-field="resultByPost"]')!.textContent)).toBe(p.data.resultByPost ? yesNoLabels[p.data.resultByPost][p.lang] : awaiting);
    expect(text(html.querySelector('[data-field="onlineLevel"]')!.textContent)).toBe(p.data.onlineLevel ? onlineLevelLabels[p.data.onlineLevel][p.lang] : awaiting);
  });

  it.each(cases)('%s has a dossier checklist with a labelled checkbox per document, and a printable checklist page', (url, p) => {
    const html = page(url);
    const boxes = html.querySelectorAll('[data-checklist] input[type="checkbox"]');
    expect(boxes).toHaveLength(p.data.dossier.length);
    for (const [i, box] of boxes.entries()) {
      const label = html.querySelector(`label[for="${box.getAttribute('id')}"]`);
      expect(text(label?.querySelector('.checklist__doc')?.textContent)).toBe(p.data.dossier[i]!.document);
    }
    const link = html.querySelector('a[data-checklist-link]')!;
    expect(link.getAttribute('href')).toBe(checklistUrl(p.lang, p.slug));
    expect(exists(checklistUrl(p.lang, p.slug))).toBe(true);
    const printable = page(checklistUrl(p.lang, p.slug));
    expect(printable.querySelectorAll('[data-checklist] input[type="checkbox"]')).toHaveLength(p.data.dossier.length);
    expect(printable.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it.each(cases)('%s links every legal-basis document to a page that exists', (url, p) => {
    const links = page(url).querySelectorAll('[data-legal-basis] a[data-legal]');
    expect(links.map((a) => a.getAttribute('data-legal'))).toEqual((p.data.legalBasis ?? []).map((b) => b.document));
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(href).toMatch(/^\/(vi\/van-ban|en\/legal)\//);
      expect(exists(href), href).toBe(true);
    }
  });

  it.each(cases)('%s is listed on the page of each legal-basis document', (url, p) => {
    for (const b of p.data.legalBasis ?? []) {
      const legalPage = page(pageUrl(p.lang, 'legal', b.document));
      expect(legalPage.querySelectorAll('[data-basis-for] a').map((a) => a.getAttribute('href'))).toContain(url);
    }
  });

  it.each(cases)('%s labels its sample sections, and only those', (url, p) => {
    const html = page(url);
    const sample = new Set<string>(p.data.sampleSections ?? []);
    for (const id of ['steps', 'channels', 'dossier', 'applicants', 'result', 'conditions']) {
      expect(Boolean(html.querySelector(`h2#${id} .sample-label`)), id).toBe(sample.has(id));
    }
    expect(Boolean(html.querySelector('[data-sample]'))).toBe(sample.size > 0);
  });

  it.each(['vi', 'en'] as const)('the %s index lists every procedure under its field, from the main navigation', (lang) => {
    const html = page(pageUrl(lang, 'procedures'));
    expect(html.querySelector(`nav.main-nav a[href="${pageUrl(lang, 'procedures')}"]`)).not.toBeNull();
    for (const p of procs.filter((x) => x.lang === lang)) {
      const item = html.querySelector(`[data-procedure="${p.slug}"]`)!;
      expect(item.querySelector('a')!.getAttribute('href')).toBe(p.url);
      const heading = item.closest('section')!.querySelector('h3')!;
      expect(text(heading.textContent)).toContain(procedureFieldLabels[p.data.field][lang]);
      expect(item.querySelector('[data-online-level]')!.getAttribute('data-online-level')).toBe(p.data.onlineLevel ?? '');
    }
  });

  it.each(['vi', 'en'] as const)('the %s one-stop page shows the address, hours and contacts from site settings', (lang) => {
    const s = settings(lang);
    const html = page(pageUrl(lang, 'oneStop'));
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(lang);
    const main = html.querySelector('main')!;
    const flag = ` (${t(lang, 'site.sampleValue')})`;
    for (const key of ['oneStopAddress', 'hours', 'hotline', 'phone', 'email'] as const) {
      const el = main.querySelector(`[data-field="${key}"]`)!;
      const confirmed = isConfirmed(s, key);
      // A sample value carries its flag right after it; a confirmed one is shown bare.
      expect(text(el.textContent), key).toBe(text(s[key] + (confirmed ? '' : flag)));
      expect(el.getAttribute('data-unconfirmed') ?? null, key).toBe(confirmed ? null : key);
    }
    expect(Boolean(main.querySelector('[data-sample]'))).toBe(unconfirmedContacts(s).length > 0);
  });
});
