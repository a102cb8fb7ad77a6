/**
 * The verification worklist page for editors, /admin/kiem-tra-noi-dung/: built from the real content,
 * counts at the top in Vietnamese, each line linking the entry in Decap CMS; not indexed (noindex, under the
 * /admin path robots.txt disallows, not in the sitemap).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditContent, workKindLabels, workKinds } from '../../src/collections/audit.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { todayInVietnam } from '../../src/lib/formatDate.ts';
import { exists, fileOf, page } from '../helpers/dist.ts';
import { root } from '../helpers/paths.ts';

const URL_PATH = '/admin/kiem-tra-noi-dung/';
const audit = auditContent(runContentGate(root).entries, todayInVietnam());

describe('the verification worklist page', () => {
  it('is built, in Vietnamese, and kept out of search engines', () => {
    expect(exists(URL_PATH)).toBe(true);
    const html = page(URL_PATH);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(html.querySelector('meta[name="robots"]')!.getAttribute('content')).toMatch(/noindex/);
    expect(readFileSync(fileOf('/sitemap.xml'), 'utf8')).not.toContain('kiem-tra-noi-dung');
    expect(readFileSync(fileOf('/robots.txt'), 'utf8')).toContain('Disallow: /admin/');
  });

  it('shows the count of each kind of item at the top, equal to the audit of the content', () => {
    const html = page(URL_PATH);
    const rows = html.querySelectorAll('[data-audit-counts] tr');
    expect(rows.map((r) => r.querySelector('th')!.textContent.trim())).toEqual(workKinds.map((k) => workKindLabels[k]));
    for (const k of workKinds) expect(Number(html.querySelector(`[data-count="${k}"]`)!.textContent), k).toBe(audit.counts[k]);
    // Real items from the content, not an empty page.
    for (const k of ['awaiting', 'unverified', 'sample', 'noSource'] as const) expect(audit.counts[k], k).toBeGreaterThan(0);
  });

  it('lists every item under its kind, each linking the entry in the CMS', () => {
    const html = page(URL_PATH);
    for (const k of workKinds) {
      const links = html.querySelectorAll(`section[data-kind="${k}"] [data-item] a`);
      expect(links.length, k).toBe(audit.counts[k]);
      for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/admin\/#\/collections\/[a-z]+\/entries\/[a-z0-9-]+$/);
    }
    const entry = html.querySelector('section[data-kind="awaiting"] [data-entry="legal/01-2018-tt-vpcp"]')!;
    expect(entry.querySelector('[data-cms-link]')!.getAttribute('href')).toBe('/admin/#/collections/legal/entries/01-2018-tt-vpcp');
    expect(entry.querySelectorAll('li').map((li) => li.textContent.trim())).toContain('Người ký');
    const sources = html.querySelector('section[data-kind="noSource"]')!.textContent;
    expect(sources).toContain('Bảng dữ kiện thủ tục của dự án');
  });
});
