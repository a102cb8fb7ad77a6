/**
 * Page weight budget: a legal-document page downloads at most 60 KB gzip in all at load, with no
 * JavaScript (search loads on demand, on the search page), fonts local or system, nothing from another
 * origin. Sizes come from dist/ (scripts/bench/pageWeight.mjs); the browser-measured figures are in
 * docs/bench/weight.json (npm run bench:weight).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageWeight } from '../../scripts/bench/pageWeight.mjs';
import { distDir, root } from '../helpers/paths.ts';
import { htmlPages, page } from '../helpers/dist.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { pageUrl } from '../../src/i18n/routes.ts';
import { walk } from '../helpers/dist.ts';

const budget = 60 * 1024;
const docs = runContentGate(root).entries.filter((e) => e.collection === 'legal');

describe('page weight', () => {
  it.each(docs.map((d) => [pageUrl(d.lang, 'legal', d.slug)]))('%s loads at most 60 KB gzip, with no JavaScript', (url) => {
    const w = pageWeight(distDir, url);
    expect(w.files.filter((f) => 'missing' in f).map((f) => f.path)).toEqual([]);
    expect(w.scripts, 'no script at load').toEqual([]);
    expect(w.total, JSON.stringify(w.byKind)).toBeLessThanOrEqual(budget);
  });

  it('uses local or system fonts only, and loads nothing from another origin on any page', () => {
    for (const css of walk(distDir).filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(css, 'utf8');
      expect(text, css).not.toMatch(/@import\s+(url\()?['"]?https?:/);
      expect(text, css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
    for (const { url } of htmlPages()) {
      const doc = page(url);
      const external = [
        ...doc.querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"]').map((l) => l.getAttribute('href')!),
        ...doc.querySelectorAll('script[src], img[src], iframe[src]').map((s) => s.getAttribute('src')!),
      ].filter((h) => /^(https?:)?\/\//.test(h));
      expect(external, url).toEqual([]);
    }
  });
});
