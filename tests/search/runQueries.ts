/**
 * Runs search queries through the real search page in Chromium, the way a reader does: type the query,
 * submit, wait for the results. Returns the result URLs in order.
 */
import type { Page } from 'playwright-core';
import { pageUrl } from '../../src/i18n/routes.ts';
import type { Lang } from '../../src/i18n/locales.ts';

export async function openSearch(page: Page, base: string, lang: Lang): Promise<void> {
  await page.goto(`${base}${pageUrl(lang, 'search')}`);
  await page.waitForSelector('[data-search-config][data-search-state="done"]');
}

/** Submits a query on an open search page and returns the result paths, best first. */
export async function searchFor(page: Page, q: string): Promise<string[]> {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  const expected = q.normalize('NFC').trim().replace(/\s+/g, ' ');
  await page.waitForFunction((want) => {
    const root = document.querySelector<HTMLElement>('[data-search-config]')!;
    return root.dataset.searchState === 'done' && root.dataset.searchQuery === want;
  }, expected);
  return page.$$eval('[data-search-results] > li a.search-result__title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
