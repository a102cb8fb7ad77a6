/**
 * The top tasks with the keyboard only (Tab, Shift+Tab, Enter, typing; no mouse), in both languages, under
 * the production security headers:
 * - find a procedure: home → main navigation → procedures index → a guide;
 * - find a document: legal library → a filter → a document; and, once the search page is built, the
 *   header search box → the search page → a result;
 * - switch language on a document and come back.
 * Every step reads its targets from content and the UI dictionary, so new procedures, documents and the
 * search page are picked up as they are merged.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { locales, otherLang, type Lang } from '../../src/i18n/locales.ts';
import { mainNav } from '../../src/i18n/nav.ts';
import { pageUrl } from '../../src/i18n/routes.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import { docTypeLabels } from '../../src/schemas/legal.vocab.ts';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';
import { exists } from '../helpers/dist.ts';
import { root } from '../helpers/paths.ts';

const entries = runContentGate(root).entries;
const of = (collection: string, lang: Lang) => entries.filter((e) => e.collection === collection && e.lang === lang);

interface Focused {
  text: string;
  href: string | null;
  tag: string;
  name: string | null;
}

/** Presses Tab until the focused element matches, then returns; fails after `max` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? { text: (el.innerText || el.textContent || '').trim().replace(/\s+/g, ' '), href: el.getAttribute('href'), tag: el.tagName, name: el.getAttribute('name') } : null;
    });
    if (f && match(f)) return;
  }
  throw new Error(`Tab never reached ${what} on ${page.url()}`);
}

async function h1(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

describe.skipIf(!hasChromium)('top tasks with the keyboard only', () => {
  const site = siteInBrowser();

  it.each(['vi', 'en'] as const)('in %s, finds a procedure from the home page', async (lang) => {
    const procedures = of('procedures', lang);
    const inNav = mainNav.some((n) => n.section === 'procedures');
    expect(inNav && procedures.length > 0, 'procedures are in the main navigation and have content').toBe(true);
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${pageUrl(lang, 'home')}`);
    const index = pageUrl(lang, 'procedures');
    await tabTo(page, (f) => f.href === index, `the ${index} link`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${index}`);
    const target = procedures[0]!;
    const title = (target.data as { title: string }).title;
    await tabTo(page, (f) => f.tag === 'A' && f.text === title, `the link to "${title}"`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${pageUrl(lang, 'procedures', target.slug)}`);
    expect(await h1(page)).toBe(title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['vi', 'en'] as const)('in %s, finds a document through the library filters', async (lang) => {
    const doc = of('legal', lang)[0]!;
    const data = doc.data as LegalData;
    const typeLabel = docTypeLabels[data.docType][lang];
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${pageUrl(lang, 'home')}`);
    const library = pageUrl(lang, 'legal');
    await tabTo(page, (f) => f.href === library, 'the legal library link');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${library}`);
    // A filter link named after the document's type (the facet list names types without counts or with them).
    await tabTo(page, (f) => f.tag === 'A' && (f.href ?? '').startsWith(library) && f.text.startsWith(typeLabel) && f.href !== library, `the "${typeLabel}" filter`);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith(library) && u.pathname !== library);
    const docUrl = pageUrl(lang, 'legal', doc.slug);
    await tabTo(page, (f) => f.href === docUrl, `the link to ${docUrl}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${docUrl}`);
    expect(await h1(page)).toBe(data.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['vi', 'en'] as const)('in %s, searches for a document from the header search box', async (lang) => {
    const searchPage = pageUrl(lang, 'search');
    expect(exists(searchPage), searchPage).toBe(true);
    const doc = of('legal', lang)[0]!;
    const data = doc.data as LegalData;
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${pageUrl(lang, 'legal')}`);
    await tabTo(page, (f) => f.tag === 'INPUT' && f.name === 'q', 'the search box');
    await page.keyboard.type(data.number);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === searchPage && u.searchParams.get('q') === data.number);
    const docUrl = pageUrl(lang, 'legal', doc.slug);
    await page.locator(`main a[href*="${docUrl}"]`).first().waitFor({ timeout: 15_000 });
    await tabTo(page, (f) => (f.href ?? '').includes(docUrl), `the result ${docUrl}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${docUrl}`);
    expect(await h1(page)).toBe(data.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['vi', 'en'] as const)('in %s, switches the language of a document and back', async (lang) => {
    const other = otherLang(lang);
    const slugs = new Set(of('legal', other).map((e) => e.slug));
    const doc = of('legal', lang).find((e) => slugs.has(e.slug))!;
    const here = pageUrl(lang, 'legal', doc.slug);
    const there = pageUrl(other, 'legal', doc.slug);
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${here}`);
    await tabTo(page, (f) => f.href === there && f.text === locales[other].label, 'the language switch');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${there}`);
    expect(await page.getAttribute('html', 'lang')).toBe(locales[other].htmlLang);
    await tabTo(page, (f) => f.href === here, 'the language switch back');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${here}`);
    expect(await page.getAttribute('html', 'lang')).toBe(locales[lang].htmlLang);
    expect(errors).toEqual([]);
    await page.close();
  });
});
