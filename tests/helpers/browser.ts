/**
 * Debian's Chromium driven by playwright-core. Locally, a missing Chromium skips the browser tests
 * with instructions; in CI (CI=true) it is an error, so the tests can never be skipped there.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, INSTALL_HINT, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveDist, type StaticServer } from './server.ts';

export { chromiumPath, INSTALL_HINT };

if (!chromiumPath) {
  if (process.env.CI) throw new Error(`Chromium is required in CI. ${INSTALL_HINT}`);
  console.warn(`\n[browser tests skipped] ${INSTALL_HINT}\n`);
}

/** True when the browser tests can run here; use with describe.skipIf(!hasChromium). */
export const hasChromium = Boolean(chromiumPath);

export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * A page that records console errors, page errors and any request that leaves 127.0.0.1, so a test can
 * assert that none happened.
 */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}) {
  return watch(await browser.newPage(options));
}

/** Starts recording a page's console errors, page errors and requests leaving the machine. */
export function watch(page: Page) {
  const errors: string[] = [];
  const offMachine: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:', 'about:'].includes(u.protocol)) offMachine.push(r.url());
  });
  return { page, errors, offMachine };
}

/**
 * For a describe block of browser tests: serves dist/ (with the production headers) and launches
 * Chromium before its tests, and stops both after them. Read `site.browser` and `site.server` in tests.
 */
export function siteInBrowser(): { readonly browser: Browser; readonly server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
