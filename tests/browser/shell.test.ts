/**
 * In Chromium: the language switch keeps the reader on the same document, the "no translation"
 * notice appears only when asked for, and the library index filters without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';

describe.skipIf(!hasChromium)('the bilingual shell in Chromium', () => {
  const site = siteInBrowser();

  it('switches a document page to English and back, staying on the same document', async () => {
    const { page, errors, offMachine } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/vi/van-ban/61-2018-nd-cp/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/legal/61-2018-nd-cp/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('[data-field="number"]').textContent()).toBe('61/2018/NĐ-CP');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL('**/vi/van-ban/61-2018-nd-cp/');
    expect(errors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.close();
  });

  it('shows the "no translation" notice only on arrival from an untranslated page', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/en/legal/`);
    expect(await page.locator('#untranslated').isVisible()).toBe(false);
    await page.goto(`${site.server.url}/en/legal/#untranslated`);
    expect(await page.locator('#untranslated').isVisible()).toBe(true);
    expect(await page.locator('#untranslated').textContent()).toMatch(/no English version/);
    await page.close();
  });

  it('filters the library by type without JavaScript, and opens a document from the list', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/vi/van-ban/`);
    const all = await page.locator('.doc-list__title').count();
    await page.getByRole('navigation', { name: 'Lọc văn bản' }).getByRole('link', { name: 'Nghị định', exact: true }).click();
    await page.waitForURL('**/vi/van-ban/loai/nghi-dinh/');
    const titles = await page.locator('.doc-list__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(all);
    for (const title of titles) expect(title).toMatch(/^Nghị định /);
    await page.getByRole('link', { name: 'Nghị định 61/2018/NĐ-CP' }).click();
    await page.waitForURL('**/vi/van-ban/61-2018-nd-cp/');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await context.close();
  });

  it('fits a 320 px phone screen without sideways scrolling', async () => {
    const { page } = await watchedPage(site.browser, { viewport: { width: 320, height: 640 } });
    for (const path of ['/vi/', '/vi/van-ban/', '/vi/van-ban/61-2018-nd-cp/', '/en/legal/431-kh-bql-2024/']) {
      await page.goto(`${site.server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
