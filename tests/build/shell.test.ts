/**
 * Every built page: language attribute, one h1, skip link first, hreflang pairs that point at each
 * other, canonical URL, and no script from content.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, page, exists } from '../helpers/dist.ts';

const pages = htmlPages().filter((p) => p.url !== '/' && !p.url.startsWith('/admin'));

describe('every page in dist/', () => {
  it('exists in both languages', () => {
    expect(pages.some((p) => p.url.startsWith('/vi/'))).toBe(true);
    expect(pages.some((p) => p.url.startsWith('/en/'))).toBe(true);
  });

  it.each(pages.map((p) => [p.url]))('%s has lang, one h1, a skip link first, and a canonical URL', (url) => {
    const html = page(url);
    const lang = html.querySelector('html')!.getAttribute('lang');
    const expected = url.startsWith('/en/') ? 'en' : 'vi';
    expect(lang).toBe(expected);
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    const firstLink = html.querySelector('body')!.querySelector('a');
    expect(firstLink!.getAttribute('href')).toBe('#main');
    expect(html.querySelectorAll('main').map((m) => m.getAttribute('id'))).toEqual(['main']);
    expect(html.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(html.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\//);
  });

  it.each(pages.filter((p) => !p.url.endsWith('/404/') && p.url !== '/404.html').map((p) => [p.url]))(
    '%s has hreflang alternates that point back to it',
    (url) => {
      const html = page(url);
      const alternates = html.querySelectorAll('link[rel="alternate"][hreflang]').filter((l) => l.getAttribute('hreflang') !== 'x-default');
      const self = alternates.find((l) => new URL(l.getAttribute('href')!).pathname === url);
      expect(self?.getAttribute('hreflang'), 'self-referencing hreflang').toBe(html.querySelector('html')!.getAttribute('lang'));
      for (const alt of alternates) {
        const path = new URL(alt.getAttribute('href')!).pathname;
        if (path === url) continue;
        expect(exists(path), path).toBe(true);
        const back = page(path)
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => new URL(l.getAttribute('href')!).pathname);
        expect(back, `${path} points back to ${url}`).toContain(url);
      }
    },
  );

  it('language switch on each page leads to a page that exists', () => {
    for (const { url } of pages) {
      const a = page(url).querySelector('[data-lang-switch]');
      expect(a?.getAttribute('href'), url).toMatch(/^\/(vi|en)\//);
      expect(exists(a!.getAttribute('href')!), `${url} → ${a!.getAttribute('href')}`).toBe(true);
    }
  });

  it('carries no script from content: only JSON-LD data blocks and the site’s own bundled scripts', () => {
    for (const { url } of htmlPages()) {
      const html = page(url);
      for (const s of html.querySelectorAll('script')) {
        const type = s.getAttribute('type');
        const src = s.getAttribute('src');
        const ok = type === 'application/ld+json' || (src !== undefined && src.startsWith('/')) || (type === 'module' && s.textContent.trim() === '');
        expect(ok, `${url}: <script ${s.rawAttrs}>${s.textContent.slice(0, 80)}`).toBe(true);
      }
      for (const el of html.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) expect(name.toLowerCase().startsWith('on'), `${url}: ${el.tagName} ${name}`).toBe(false);
      }
    }
  });
});
