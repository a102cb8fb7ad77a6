/** The sitemap writer (pairing, alternates, escaping) and the security-header source (which policy where). */
import { describe, expect, it } from 'vitest';
import { newestDate, pairByKey, sitemapXml } from '../../../src/outputs/sitemap.ts';
import { adminCsp, cspString, publicCsp, securityHeaders, withFormTargets } from '../../../src/outputs/securityHeaders.ts';

const site = new URL('https://heza.gov.vn');

describe('sitemap', () => {
  it('pairs pages of both languages by key and keeps untranslated ones alone', () => {
    const groups = pairByKey({ vi: new Map([['a', '/vi/van-ban/a/'], ['b', '/vi/van-ban/b/']]), en: new Map([['a', '/en/legal/a/']]) });
    expect(groups).toEqual([{ vi: '/vi/van-ban/a/', en: '/en/legal/a/' }, { vi: '/vi/van-ban/b/' }]);
  });

  it('lists each language version with every alternate, x-default the Vietnamese, and escapes URLs', () => {
    const xml = sitemapXml([{ vi: '/vi/a&b/', en: '/en/a/' }, { vi: '/vi/only/' }], site);
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).toContain('<loc>https://heza.gov.vn/vi/a&amp;b/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://heza.gov.vn/vi/a&amp;b/"/>');
    const only = xml.slice(xml.indexOf('<loc>https://heza.gov.vn/vi/only/'));
    expect(only).toContain('hreflang="vi" href="https://heza.gov.vn/vi/only/"');
    expect(only).not.toContain('hreflang="en"');
  });

  it('dates a page by the date given for its path, and leaves a page without one undated', () => {
    const xml = sitemapXml([{ vi: '/vi/a/', en: '/en/a/' }, { vi: '/vi/b/' }], site, new Map([['/vi/a/', '2026-11-29'], ['/en/a/', '2026-11-30']]));
    const entry = (loc: string) => xml.slice(xml.indexOf(`<loc>https://heza.gov.vn${loc}</loc>`)).split('</url>')[0]!;
    expect(entry('/vi/a/')).toContain('<lastmod>2026-11-29</lastmod>');
    expect(entry('/en/a/')).toContain('<lastmod>2026-11-30</lastmod>');
    expect(entry('/vi/b/')).not.toContain('<lastmod>');
    expect(newestDate(['2024-02-26', undefined, '2026-01-05', '2025-12-31'])).toBe('2026-01-05');
    expect(newestDate([])).toBeUndefined();
  });
});

describe('security headers', () => {
  it('gives public pages the strict policy and /admin its own', () => {
    const pub = securityHeaders('/vi/van-ban/')['Content-Security-Policy']!;
    const admin = securityHeaders('/admin/')['Content-Security-Policy']!;
    expect(pub).toBe(cspString(publicCsp));
    expect(admin).toBe(cspString(adminCsp));
    expect(pub).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(admin).toContain("'unsafe-eval'");
    expect(securityHeaders('/administration/')['Content-Security-Policy']).toBe(pub);
    // The exact values of every header are in securityHeaders.test.ts.
    expect(Object.keys(securityHeaders('/vi/')).sort()).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ]);
    expect(pub).toContain("frame-ancestors 'none'");
  });

  it('lets forms post to the feedback endpoint’s origin only when one is set', () => {
    expect(withFormTargets(publicCsp, [null])['form-action']).toEqual(publicCsp['form-action']);
    expect(withFormTargets(publicCsp, ['https://forms.example.vn/a?b=c'])['form-action']).toContain('https://forms.example.vn');
  });

  it('lets other sites read the open data, and nothing else', () => {
    expect(securityHeaders('/api/legal.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(securityHeaders('/vi/')['Access-Control-Allow-Origin']).toBeUndefined();
  });
});
