/**
 * In Chromium: a visitor goes from the home page to the news (list, then an article) and to the
 * reporting calendar in both languages, using the main navigation and links as a reader would; and the
 * survey form stops an empty answer with a message in the page's language.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// tests/browser/quality.test.ts runs axe on every page kind in both languages (one sample each). Here:
// a second article in each language, since article bodies differ most from one entry to the next.
const pageKinds = ['/vi/tin-tuc/muc-tieu-thu-hut-fdi-2024/', '/en/news/muc-tieu-thu-hut-fdi-2024/'];

const text = {
  vi: { nav: 'Điều hướng chính', news: 'Tin tức', calendar: 'Lịch báo cáo', newsH1: 'Tin tức cải cách hành chính', calH1: 'Lịch báo cáo cải cách hành chính', sample: 'Nội dung mẫu', required: 'Vui lòng trả lời câu hỏi này.' },
  en: { nav: 'Main navigation', news: 'News', calendar: 'Reporting calendar', newsH1: 'Administrative reform news', calH1: 'Administrative reform reporting calendar', sample: 'Sample content', required: 'Please answer this question.' },
} as const;

describe.skipIf(!hasChromium)('news and calendar in Chromium', () => {
  const site = siteInBrowser();

  it.each(['vi', 'en'] as const)('in %s: home → news → an article → back home → calendar', async (lang) => {
    const T = text[lang];
    const { page, errors, offMachine } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/${lang}/`);
    await page.getByRole('navigation', { name: T.nav }).getByRole('link', { name: T.news, exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(T.newsH1);
    const first = page.locator('.news-card__title a').first();
    const headline = (await first.textContent())!.trim();
    await first.click();
    expect((await page.getByRole('heading', { level: 1 }).textContent())!.trim()).toBe(headline);
    await expect.poll(() => page.locator('main [data-sample]').first().textContent()).toContain(T.sample);
    expect(await page.locator('main figure img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.goto(`${site.server.url}/${lang}/`);
    await page.getByRole('navigation', { name: T.nav }).getByRole('link', { name: T.calendar, exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(T.calH1);
    expect(await page.locator('[data-event]').count()).toBe(4);
    expect(errors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.close();
  });

  it.each(['vi', 'en'] as const)('in %s: the survey refuses an empty answer with a message in the page’s language', async (lang) => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}/${lang}/${lang === 'vi' ? 'phan-anh-kien-nghi' : 'feedback'}/`);
    await page.locator('form[data-feedback-form] button[type="submit"]').click();
    const message = await page.locator('#service').evaluate((el: HTMLSelectElement) => el.validationMessage);
    expect(message).toBe(text[lang].required);
    expect(page.url()).toContain(lang === 'vi' ? '/phan-anh-kien-nghi/' : '/feedback/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(pageKinds)('%s: axe finds no WCAG 2.2 AA violation', async (url) => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${url}`);
    // Through the DevTools protocol, not a <script> element: the pages are served under the strict CSP.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
