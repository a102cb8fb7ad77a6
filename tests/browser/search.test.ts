/**
 * The search page in Chromium: reached from the header form of any page, typed with and without tone
 * marks, facets that filter and keep the URL shareable, the count announced in a polite live region,
 * keyboard-only use, the page without JavaScript, and no WCAG 2.2 AA violation found by axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const done = (page: Page, q: string) =>
  page.waitForFunction((want) => {
    const el = document.querySelector<HTMLElement>('[data-search-config]');
    return el?.dataset.searchState === 'done' && el.dataset.searchQuery === want;
  }, q);
const titles = (page: Page) => page.locator('[data-search-results] > li a').allTextContents();

describe.skipIf(!hasChromium)('the search page in Chromium', () => {
  const site = siteInBrowser();

  it('is reached from the header form of a document page, and finds "nghi dinh 61" typed without marks', async () => {
    const { page, errors, offMachine } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/vi/van-ban/76-nq-cp-2021/`);
    const header = page.getByRole('banner').getByRole('search');
    await header.getByRole('searchbox').fill('nghi dinh 61');
    await header.getByRole('button').click();
    await page.waitForURL('**/vi/tim-kiem/?q=nghi+dinh+61');
    await done(page, 'nghi dinh 61');
    expect((await titles(page))[0]).toContain('61/2018/NĐ-CP');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ kết quả cho “nghi dinh 61”/);
    expect(errors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.close();
  });

  it('filters by a facet, shows counts, and keeps query and filters in a URL that can be shared', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/en/search/?q=decree`);
    await done(page, 'decree');
    const all = (await titles(page)).length;
    const facet = page.getByRole('group', { name: 'Year' });
    const box = facet.getByRole('checkbox').first();
    const label = (await facet.locator('label').first().textContent())!;
    const [, year, n] = /^(\d{4}) \((\d+)\)$/.exec(label.trim())!;
    await box.check();
    await page.waitForURL(`**/en/search/?q=decree&year=${year}`);
    await done(page, 'decree');
    expect((await titles(page)).length).toBe(Number(n));
    expect(Number(n)).toBeLessThanOrEqual(all);
    // The shared URL opens the same search.
    const again = await site.browser.newPage();
    await again.goto(page.url());
    await done(again, 'decree');
    expect(await titles(again)).toEqual(await titles(page));
    expect(await again.getByRole('group', { name: 'Year' }).getByRole('checkbox', { checked: true }).count()).toBe(1);
    await again.close();
    // Back returns to the unfiltered search.
    await page.goBack();
    await done(page, 'decree');
    expect((await titles(page)).length).toBe(all);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by date, newest first', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/vi/tim-kiem/?q=mot+cua&sort=date`);
    await done(page, 'mot cua');
    const dates = (await page.locator('.search-result__meta').allTextContents()).map((t) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(t)!).map((m) => `${m[3]}-${m[2]}-${m[1]}`);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/vi/tim-kiem/`);
    await done(page, '');
    await page.locator('#search-q').focus();
    await page.keyboard.type('ke hoach tuyen truyen');
    await page.keyboard.press('Enter');
    await done(page, 'ke hoach tuyen truyen');
    expect((await titles(page))[0]).toContain('431/KH-BQL');
    // Tab moves on from the field to the submit button, the sort order, then the filters.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    await page.close();
  });

  it('without JavaScript explains itself and links to the library', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/vi/tim-kiem/?q=mot+cua`);
    const notice = page.locator('[data-search-nojs]');
    expect(await notice.isVisible()).toBe(true);
    await notice.getByRole('link').click();
    await page.waitForURL('**/vi/van-ban/');
    await context.close();
  });

  it("works under a strict Content-Security-Policy that allows only this site's scripts and WebAssembly", async () => {
    const strict = await serveDist(undefined, {
      'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'",
    });
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${strict.url}/vi/tim-kiem/?q=nghi+dinh+61`);
    await done(page, 'nghi dinh 61');
    expect((await titles(page))[0]).toContain('61/2018/NĐ-CP');
    expect(errors).toEqual([]);
    await page.close();
    await strict.close();
  });

  it.each([
    ['vi', '/vi/tim-kiem/?q=nghi+dinh+61&type=nghi-dinh'],
    ['en', '/en/search/?q=one-stop+shop'],
  ])('has no WCAG 2.2 AA violation found by axe (%s, with results and facets)', async (_lang, path) => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${path}`);
    await done(page, new URL(path, 'http://x').searchParams.get('q')!);
    // Through the DevTools protocol, not a <script> element: the pages are served under the strict CSP.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
