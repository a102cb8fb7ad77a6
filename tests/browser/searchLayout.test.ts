/**
 * The search page does not jump: measured in Chromium with the Layout Instability API (every
 * `layout-shift` entry since navigation, buffered), at phone and desktop widths, opened empty, opened with
 * a query (as a shared link or the header form gives it), and when a reader types a query. The page's
 * scripts and Pagefind's files are answered late on purpose, so the page is painted before they run and
 * before results arrive, as on a slow connection (a fast local server would hide the jump). And the empty
 * page loads no Pagefind code until the reader starts to type.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';

const done = (page: Page, q: string) =>
  page.waitForFunction((want) => {
    const el = document.querySelector<HTMLElement>('[data-search-config]');
    return el?.dataset.searchState === 'done' && el.dataset.searchQuery === want;
  }, q);

const widths = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

/** Answers the page's own scripts and Pagefind's files `ms` late. */
async function slowScripts(page: Page, ms = 400) {
  await page.route(/\/(_astro\/.*\.js|pagefind\/.*)$/, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

/** Every layout shift since navigation that the reader did not cause (no input in the 500 ms before). */
async function shifts(page: Page): Promise<{ value: number; sources: string[] }[]> {
  // Two frames after the last change, so a shift it caused has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(
    () =>
      new Promise<{ value: number; sources: string[] }[]>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
          resolve(
            (list.getEntries() as Shift[])
              .filter((e) => !e.hadRecentInput)
              .map((e) => ({
                value: e.value,
                sources: e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))),
              })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer's callback never runs.
        setTimeout(() => resolve([]), 500);
      }),
  );
}

describe.skipIf(!hasChromium)('the search page keeps still (Layout Instability API)', () => {
  const site = siteInBrowser();

  describe.each(widths)('at %s width', (_name, viewport) => {
    it.each([
      ['vi, empty', '/vi/tim-kiem/', ''],
      ['vi, with a query', '/vi/tim-kiem/?q=nghi+dinh+61', 'nghi dinh 61'],
      ['en, with a query', '/en/search/?q=one-stop+shop', 'one-stop shop'],
      ['vi, with a query and a filter', '/vi/tim-kiem/?q=mot+cua&type=nghi-dinh', 'mot cua'],
    ])('has no layout shift: %s', async (_label, path, q) => {
      const { page, errors } = await watchedPage(site.browser, { viewport });
      await slowScripts(page);
      await page.goto(`${site.server.url}${path}`);
      await done(page, q);
      expect(await page.locator('[data-search-results] > li').count() > 0).toBe(q !== '');
      expect(await shifts(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('has no layout shift when a reader types a query and results arrive', async () => {
      const { page, errors } = await watchedPage(site.browser, { viewport });
      await slowScripts(page, 700); // results arrive more than 500 ms after the key press: they count
      await page.goto(`${site.server.url}/vi/tim-kiem/`);
      await done(page, '');
      await page.locator('#search-q').fill('ke hoach tuyen truyen');
      await page.keyboard.press('Enter');
      await done(page, 'ke hoach tuyen truyen');
      expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      expect(await shifts(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  it('loads no Pagefind code on the empty page until the reader starts to type', async () => {
    const { page } = await watchedPage(site.browser);
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.server.url}/vi/tim-kiem/`);
    await done(page, '');
    await page.waitForLoadState('networkidle');
    expect(pagefind).toEqual([]);
    // The first key press gets it ready, so the search that follows does not wait for it.
    await page.locator('#search-q').press('k');
    await expect.poll(() => pagefind.includes('/pagefind/pagefind.js')).toBe(true);
    await page.close();
  });
});
