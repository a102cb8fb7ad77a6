/**
 * A superseded document says so first, and everything agrees with it: 61/2018/NĐ-CP, no longer in force since
 * 01/07/2025 and replaced by 118/2025/NĐ-CP (../shared/facts/legal-documents.md), in both languages — banner at
 * the top, timeline, status badge, JSON-LD, the status facet page and /api/legal.json.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '../../src/lib/formatDate.ts';
import { langs } from '../../src/i18n/locales.ts';
import { legalFacetUrl, pageUrl } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/ui.ts';
import { distDir } from '../helpers/paths.ts';
import { jsonLd, page } from '../helpers/dist.ts';

const slug = '61-2018-nd-cp';
const ended = '2025-07-01';

describe.each(langs)('61/2018/NĐ-CP in %s', (lang) => {
  const url = pageUrl(lang, 'legal', slug);
  const html = page(url);
  const text = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('says at the top that it is no longer in force since 01/07/2025 and links 118/2025/NĐ-CP', () => {
    const banner = html.querySelector('[data-status-banner]')!;
    expect(banner, 'no status banner').not.toBeNull();
    expect(banner.getAttribute('data-status-banner')).toBe('no-longer');
    // Right under the title: the first thing after the h1.
    expect(html.querySelector('h1')!.nextElementSibling).toBe(banner);
    expect(text(banner.textContent)).toContain(t(lang, 'banner.no-longer'));
    expect(text(banner.textContent)).toContain(t(lang, 'banner.endedOn', { date: formatDate(ended, lang) }));
    expect(banner.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(pageUrl(lang, 'legal', '118-2025-nd-cp'));
    expect(html.querySelector('.badge')!.classList.contains('badge--no-longer')).toBe(true);
    expect(html.querySelector('[data-field="expiry"] time')!.getAttribute('datetime')).toBe(ended);
  });

  it('shows issue, effect, the amendment by 107/2021 and the end on its timeline, in that order', () => {
    const events = html.querySelectorAll('[data-timeline] li').map((li) => ({
      kind: li.getAttribute('data-event'),
      date: li.querySelector('time')?.getAttribute('datetime'),
      links: li.querySelectorAll('a').map((a) => a.getAttribute('href')),
    }));
    const at = (kind: string) => events.findIndex((e) => e.kind === kind);
    expect(events[at('issued')]!.date).toBe('2018-04-23');
    expect(events[at('effective')]!.date).toBe('2018-06-21');
    const amended = events[at('relation:passive:sua-doi-bo-sung')]!;
    expect(amended.links).toEqual([pageUrl(lang, 'legal', '107-2021-nd-cp')]);
    expect(amended.date).toBe('2021-12-06');
    expect(events[at('ended')]!.date).toBe(ended);
    const order = [at('issued'), at('effective'), at('relation:passive:sua-doi-bo-sung'), at('ended')];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('says NotInForce in its JSON-LD', () => {
    const ld = jsonLd(html).find((x) => x['@type'] === 'Legislation')!;
    expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce');
  });

  it('is listed under "no longer in force" in the status facet, with that badge', () => {
    const facet = page(legalFacetUrl(lang, 'status', 'het-hieu-luc-toan-bo'));
    const item = facet.querySelectorAll('.doc-list > li').find((li) => li.querySelector('a')!.getAttribute('href') === url)!;
    expect(item, 'not on the facet page').toBeTruthy();
    expect(item.querySelector('.badge')!.classList.contains('badge--no-longer')).toBe(true);
  });
});

it('/api/legal.json records 61/2018/NĐ-CP as no longer in force since 01/07/2025, in both languages', () => {
  const api = JSON.parse(readFileSync(join(distDir, 'api', 'legal.json'), 'utf8'));
  const item = api.items.find((i: { id: string }) => i.id === slug);
  for (const lang of langs) {
    expect(item[lang].status).toBe('het-hieu-luc-toan-bo');
    expect(item[lang].expiry).toBe(ended);
  }
});
