/**
 * In Chromium, in both languages: a superseded document's banner (at the top, in words, with a working link to
 * its replacement), its lifecycle timeline (keyboard order, what a screen reader reads, readable without CSS),
 * the recent-changes pages (filter, link to the note on its page) — and axe finds nothing on these page kinds.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { langs, type Lang } from '../../src/i18n/locales.ts';
import { changesUrl, legalFacetUrl, pageUrl } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/ui.ts';
import { formatDate } from '../../src/lib/formatDate.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const legal = runContentGate(root).entries.filter((e) => e.collection === 'legal');
const doc = (lang: Lang, slug: string) => legal.find((e) => e.lang === lang && e.slug === slug)!.data as LegalData;
/** A document whose page has a status banner (no longer in force, partly, suspended, not yet): 61/2018 once its status is recorded. */
const superseded = '61-2018-nd-cp';

async function axeViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, not a <script> element: the pages are served under the strict CSP.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe.skipIf(!hasChromium)('the living register in Chromium', () => {
  const site = siteInBrowser();

  it.each(langs)('%s: a superseded document says so first, on a phone, and its link leads to the replacement', async (lang) => {
    const { page, errors, offMachine } = await watchedPage(site.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}${pageUrl(lang, 'legal', superseded)}`);
    const banner = page.getByRole('note', { name: t(lang, 'banner.label') });
    await expect(banner.isVisible()).resolves.toBe(true);
    const text = (await banner.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(t(lang, 'banner.no-longer'));
    expect(text).toContain(t(lang, 'banner.endedOn', { date: formatDate(doc(lang, superseded).expiry!, lang) }));
    // At the top: seen without scrolling, right after the title.
    const box = (await banner.boundingBox())!;
    expect(box.y + 40).toBeLessThan(844);
    expect(await page.evaluate(() => document.querySelector('h1')!.nextElementSibling?.getAttribute('role'))).toBe('note');
    const replacement = doc(lang, '118-2025-nd-cp');
    await banner.getByRole('link', { name: `${lang === 'vi' ? 'Nghị định' : 'Decree'} ${replacement.number}` }).click();
    await page.waitForURL(`**${pageUrl(lang, 'legal', '118-2025-nd-cp')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(replacement.title);
    expect(errors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.close();
  });

  it.each(langs)('%s: the timeline is an ordered list a screen reader reads in order, keyboard-reachable, readable without CSS', async (lang) => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${pageUrl(lang, 'legal', superseded)}`);
    const d = doc(lang, superseded);
    const region = page.getByRole('region', { name: t(lang, 'timeline.heading') });
    const list = region.getByRole('list');
    const items = list.getByRole('listitem');
    // What assistive technology gets: a named region with a list, each item a date and a sentence.
    const snapshot = await region.ariaSnapshot();
    expect(snapshot).toContain(`region "${t(lang, 'timeline.heading')}"`);
    expect(snapshot).toMatch(/- list:/);
    const read = (await items.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(read[0]).toBe(`${formatDate(d.issued, lang)} ${t(lang, 'timeline.issued')}`);
    expect(read[1]).toBe(`${formatDate(d.effective!, lang)} ${t(lang, 'timeline.effective')}`);
    expect(read.some((r) => r.startsWith(formatDate(d.expiry!, lang)) && r.endsWith(t(lang, 'timeline.ended')))).toBe(true);
    expect(read.some((r) => r.includes(`${lang === 'vi' ? 'Nghị định' : 'Decree'} 107/2021/NĐ-CP`))).toBe(true);
    expect(await list.evaluate((el) => el.tagName)).toBe('OL');

    // Keyboard: Tab walks the timeline's links in reading order, each visibly focused.
    const links = await region.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(2);
    // Reach the first link by the keyboard (Shift+Tab, Tab), so the browser shows focus as it would to a keyboard user.
    await region.getByRole('link').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const visited: (string | null)[] = [];
    for (let i = 0; i < links.length; i++) {
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
      // The site's keyboard focus style (yellow background and underline bar) is shown.
      const focus = await page.evaluate(() => ({ visible: document.activeElement!.matches(':focus-visible'), background: getComputedStyle(document.activeElement!).backgroundColor }));
      expect(focus).toEqual({ visible: true, background: 'rgb(255, 221, 0)' });
      await page.keyboard.press('Tab');
    }
    expect(visited).toEqual(links);
    await region.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${links[0]}`);

    // Without CSS: the list still reads one event per line, in order.
    await page.goBack();
    await page.evaluate(() => {
      for (const s of Array.from(document.styleSheets)) s.disabled = true;
    });
    const plain = (await page.getByRole('region', { name: t(lang, 'timeline.heading') }).getByRole('list').innerText()).split('\n').filter((l) => l.trim());
    expect(plain.join(' ')).toContain(formatDate(d.issued, lang));
    expect(plain.findIndex((l) => l.includes(formatDate(d.issued, lang)))).toBeLessThan(plain.findIndex((l) => l.includes(formatDate(d.expiry!, lang))));
    await page.close();
  });

  it.each(langs)('%s: the recent-changes page filters by collection and leads to the note on its page', async (lang) => {
    const { page, errors } = await watchedPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}${pageUrl(lang, 'legal')}`);
    await page.getByRole('link', { name: t(lang, 'changes.linkLegal') }).click();
    await page.waitForURL(`**${changesUrl(lang, 'legal')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t(lang, 'changes.title.legal'));
    const filter = page.getByRole('navigation', { name: t(lang, 'changes.filterLabel') });
    await filter.getByRole('link', { name: t(lang, 'changes.all') }).click();
    await page.waitForURL(`**${changesUrl(lang)}`);
    expect(await filter.getByRole('link', { name: t(lang, 'changes.all') }).getAttribute('aria-current')).toBe('page');
    await filter.getByRole('link', { name: t(lang, 'changes.filter.procedures') }).click();
    await page.waitForURL(`**${changesUrl(lang, 'procedures')}`);
    const items = page.locator('[data-change-list] > li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(new Set(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-collection'))))).toEqual(new Set(['procedures']));
    const first = items.first().getByRole('link');
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`**${href}`);
    const note = page.locator(`#${href.split('#')[1]}`);
    expect(await note.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: t(lang, 'updated.history') }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('axe finds no WCAG 2.2 AA violation on the new page kinds, in both languages', async () => {
    const { page } = await watchedPage(site.browser);
    const paths = langs.flatMap((lang) => [changesUrl(lang), changesUrl(lang, 'legal'), pageUrl(lang, 'legal', superseded), legalFacetUrl(lang, 'status', 'con-hieu-luc')]);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(`${site.server.url}${path}`);
        expect(await axeViolations(page), `${path} at ${width}px`).toEqual([]);
      }
    }
    await page.close();
  });
});
