/**
 * In Chromium, in both languages: from the main navigation to the procedures index, into a guide, to its
 * printable dossier checklist (ticking a box works without JavaScript) and on to its legal basis.
 */
import { describe, expect, it } from 'vitest';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { t } from '../../src/i18n/ui.ts';
import { pageUrl } from '../../src/i18n/routes.ts';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/i18n/locales.ts';
import type { ProcedureData } from '../../src/schemas/procedures.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import { docTypeLabels } from '../../src/schemas/legal.vocab.ts';
import { hasChromium, siteInBrowser, watchedPage } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

const entries = runContentGate(root).entries;
/** The first procedure (in file order) that cites a legal document, in a language. */
function withBasis(lang: Lang) {
  const p = entries.find((e) => e.collection === 'procedures' && e.lang === lang && ((e.data as ProcedureData).legalBasis ?? []).length > 0)!;
  const data = p.data as ProcedureData;
  const target = entries.find((e) => e.collection === 'legal' && e.lang === lang && e.slug === data.legalBasis![0]!.document)!;
  return { data, legal: target.data as LegalData };
}

describe.skipIf(!hasChromium)('procedure guides in Chromium', () => {
  const site = siteInBrowser();

  it.each(['vi', 'en'] as const)('in %s, a visitor goes from the navigation to a guide, its checklist and its legal basis', async (lang) => {
    const { data, legal } = withBasis(lang);
    const { page, errors, offMachine } = await watchedPage(site.browser, { javaScriptEnabled: false });
    // Start on the legal library (the home page is being rebuilt elsewhere); the main navigation is on every page.
    await page.goto(`${site.server.url}${pageUrl(lang, 'legal')}`);
    await page.getByRole('navigation', { name: t(lang, 'nav.label') }).getByRole('link', { name: t(lang, 'nav.procedures'), exact: true }).click();
    await page.waitForURL(`**/${lang}/${lang === 'vi' ? 'thu-tuc' : 'procedures'}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t(lang, 'proc.title'));

    await page.getByRole('link', { name: data.title, exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(data.title);
    const guideUrl = page.url();

    await page.getByRole('link', { name: t(lang, 'proc.printChecklist') }).first().click();
    await page.waitForURL(`**/${lang === 'vi' ? 'ho-so' : 'checklist'}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t(lang, 'proc.checklistTitle', { title: data.title }));
    const first = page.getByRole('checkbox', { name: data.dossier[0]!.document });
    expect(await page.getByRole('checkbox').count()).toBe(data.dossier.length);
    await first.check();
    expect(await first.isChecked()).toBe(true);

    await page.getByRole('link', { name: t(lang, 'proc.backToProcedure') }).click();
    await page.waitForURL(guideUrl);
    const name = `${docTypeLabels[legal.docType][lang]} ${legal.number}`;
    await page.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(`**/${lang === 'vi' ? 'van-ban' : 'legal'}/**`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(legal.title);
    expect(errors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.close();
  });

  it('has no WCAG 2.2 AA violation that axe can find on the index, a guide, a checklist and the one-stop page', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { page } = await watchedPage(site.browser);
    const slug = entries.find((e) => e.collection === 'procedures')!.slug;
    for (const path of ['/vi/thu-tuc/', `/vi/thu-tuc/${slug}/`, `/en/procedures/${slug}/`, `/vi/thu-tuc/${slug}/ho-so/`, '/en/one-stop-desk/']) {
      await page.goto(`${site.server.url}${path}`);
      // Through the DevTools protocol, not a <script> element: the pages are served under the strict CSP.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
    }
    await page.close();
  });

  it('lays out guides, checklists and the one-stop page on a 320 px phone without sideways scrolling', async () => {
    const { page } = await watchedPage(site.browser, { viewport: { width: 320, height: 640 } });
    const slug = entries.find((e) => e.collection === 'procedures')!.slug;
    for (const path of ['/vi/thu-tuc/', `/vi/thu-tuc/${slug}/`, `/en/procedures/${slug}/checklist/`, '/vi/bo-phan-mot-cua/', '/en/one-stop-desk/']) {
      await page.goto(`${site.server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
