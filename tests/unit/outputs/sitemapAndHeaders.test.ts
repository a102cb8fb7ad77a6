/** The sitemap writer (pairing, alternates, escaping) and the security-header source (which policy where). */
import { describe, expect, it } from 'vitest';
import { pairByKey, sitemapXml } from '../../../src/outputs/sitemap.ts';
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
