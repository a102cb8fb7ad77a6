/**
 * Every page kind in dist/ (found by tests/helpers/pageKinds.ts, both languages), in Chromium, served with
 * the production security headers (src/outputs/securityHeaders.ts, through serveDist):
 * - no Content-Security-Policy violation (securitypolicyviolation events and console reports);
 * - no WCAG 2.2 A/AA violation axe-core can find;
 * - landmarks (banner, navigation, main, contentinfo), one h1, a visible focus indicator on every
 *   element reached with Tab;
 * - text reflows at 320 CSS px and at 200 % zoom (a 1280 px window zoomed to 200 % is 640 CSS px).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/tmp.ts';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';
import { portalKinds } from '../helpers/pageKinds.ts';

const kinds = portalKinds();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Records CSP violations in the page itself, before any of its own code runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

describe.skipIf(!hasChromium)('every page kind in Chromium, under the production headers', () => {
  const site = siteInBrowser();

  it('catches what it is meant to catch: an inline script and an inline style under the public policy', async () => {
    const dir = tempDir('heza-csp-');
    mkdirSync(join(dir, 'vi'));
    writeFileSync(join(dir, 'vi', 'index.html'), '<!doctype html><html lang="vi"><head><title>x</title></head><body><p style="color:red">x</p><script>document.title = "ran"</script></body></html>');
    const bad = await serveDist(dir);
    try {
      const { page } = await watchedPage(site.browser);
      await recordViolations(page);
      await page.goto(`${bad.url}/vi/`);
      await page.waitForTimeout(50);
      const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect(csp.some((v) => v.startsWith('script-src'))).toBe(true);
      expect(csp.some((v) => v.startsWith('style-src'))).toBe(true);
      expect(await page.title()).toBe('x');
      await page.close();
    } finally {
      await bad.close();
    }
  });

  it('finds page kinds in both languages', () => {
    expect(kinds.filter((k) => k.lang === 'vi').length).toBeGreaterThan(3);
    expect(kinds.filter((k) => k.lang === 'en').length).toBeGreaterThan(3);
  });

  // One page, reused for every kind, loaded once per kind for all four checks (three loads per kind, each
  // in a new browser context, took a third of the suite's time). Its records of errors and requests are
  // emptied before each kind. Soft assertions: a failure in one check still lets the others run and report.
  let watched: Awaited<ReturnType<typeof watchedPage>>;
  beforeAll(async () => {
    watched = await watchedPage(site.browser, { viewport: { width: 1280, height: 800 } });
    await recordViolations(watched.page);
  });

  it.each(kinds.map((k) => [k.pattern, k.sample]))('%s (%s): no CSP or axe WCAG 2.2 AA violation; landmarks, one h1, visible focus; reflows at 320 px and 200 percent', async (_pattern, sample) => {
    const { page, errors, offMachine } = watched;
    errors.length = 0;
    offMachine.length = 0;
    await page.setViewportSize({ width: 1280, height: 800 });
    const response = await page.goto(`${site.server.url}${sample}`, { waitUntil: 'load' });
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.waitForTimeout(50);

    // Content-Security-Policy: nothing blocked, nothing fetched from off the machine.
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect.soft(csp, sample).toEqual([]);
    expect.soft(errors.filter((e) => /Content Security Policy|Refused to/i.test(e)), sample).toEqual([]);
    expect.soft(offMachine, sample).toEqual([]);

    // Landmarks and headings.
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect.soft(await page.getByRole(role).count(), `${sample} ${role}`).toBe(1);
    expect.soft(await page.getByRole('navigation').count(), sample).toBeGreaterThan(0);
    expect.soft(await page.getByRole('heading', { level: 1 }).count(), sample).toBe(1);

    // A visible focus indicator on everything Tab reaches (the first 25 stops).
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        const shadow = s.boxShadow !== 'none';
        const r = el.getBoundingClientRect();
        return { id: `${el.tagName} ${el.textContent?.trim().slice(0, 40) ?? ''} ${el.getAttribute('href') ?? ''}`, visible: outline || shadow, size: r.width * r.height };
      });
      if (!f || seen.has(f.id)) break;
      seen.add(f.id);
      expect.soft(f.visible, `${sample}: focus indicator on ${f.id}`).toBe(true);
      expect.soft(f.size, `${sample}: focused element is on screen: ${f.id}`).toBeGreaterThan(0);
    }
    expect.soft(seen.size, `${sample}: Tab reaches something`).toBeGreaterThan(2);

    // axe-core, injected by the test harness (CDP), which CSP does not govern. Focus is moved back to the
    // top first, so the page is checked as it loaded.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run({ runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, wcagTags);
    expect.soft(violations, sample).toEqual([]);

    // Reflow: no sideways scrolling at 320 CSS px, nor at 640 (a 1280 px window zoomed to 200 %).
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${sample} at ${width} px`).toBeLessThanOrEqual(0);
    }
    expect.soft(errors, sample).toEqual([]);
  });
});
