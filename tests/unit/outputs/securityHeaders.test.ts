/**
 * The security headers, as fixed expected values: what every response must carry, written out in full.
 * A change to a header (a dropped X-Frame-Options, a looser connect-src) fails here whatever the
 * generated nginx configuration says. Change this table only on purpose, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { cspAllows, isAdminPath, isOpenDataPath, securityHeaders, withFormTargets, publicCsp, cspString } from '../../../src/outputs/securityHeaders.ts';

const COMMON = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const PUBLIC_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self' mailto:; frame-ancestors 'none'";

const ADMIN_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob: data: http://localhost:* http://127.0.0.1:*; worker-src 'self' blob:; media-src 'self' blob:; object-src 'none'; frame-src 'self' blob:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe('security headers: the exact values per kind of path', () => {
  it.each([
    ['/', 'public page'],
    ['/vi/van-ban/61-2018-nd-cp/', 'public page'],
    ['/en/', 'public page'],
    ['/administration/', 'public page (only /admin and /admin/… are the CMS)'],
    ['/api', 'public page (only /api/… is open data)'],
    ['/pagefind/pagefind.js', 'public page'],
  ])('%s (%s)', (path) => {
    expect(securityHeaders(path)).toEqual({ ...COMMON, 'Content-Security-Policy': PUBLIC_CSP });
  });

  it.each(['/admin', '/admin/', '/admin/config.yml', '/admin/decap/3.16.3/decap-cms-app.js'])('%s (the CMS)', (path) => {
    expect(securityHeaders(path)).toEqual({ ...COMMON, 'Content-Security-Policy': ADMIN_CSP });
  });

  it.each(['/api/legal.json', '/api/procedures.json'])('%s (open data: other sites may read it)', (path) => {
    expect(securityHeaders(path)).toEqual({
      ...COMMON,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Security-Policy': PUBLIC_CSP,
    });
  });

  it('adds the feedback endpoint’s origin (not its path) to form-action on public pages only', () => {
    const formTargets = ['https://forms.example.vn/submit?x=1', null, undefined, ''];
    expect(securityHeaders('/vi/gop-y/', { formTargets })['Content-Security-Policy']).toBe(
      PUBLIC_CSP.replace("form-action 'self' mailto:", "form-action 'self' mailto: https://forms.example.vn"),
    );
    expect(securityHeaders('/admin/', { formTargets })['Content-Security-Policy']).toBe(ADMIN_CSP);
  });

  it('lists an origin once, however many targets share it, and leaves the policy as it is without targets', () => {
    const both = withFormTargets(publicCsp, ['https://a.vn/x', 'https://a.vn/y', 'https://b.vn']);
    expect(both['form-action']).toEqual(["'self'", 'mailto:', 'https://a.vn', 'https://b.vn']);
    expect(withFormTargets(publicCsp, [])).toBe(publicCsp);
    expect(withFormTargets(publicCsp)).toBe(publicCsp);
    expect(withFormTargets({ 'default-src': ["'self'"] }, ['https://a.vn'])['form-action']).toEqual(['https://a.vn']);
    expect(cspString(publicCsp)).toBe(PUBLIC_CSP);
  });
});

describe('which paths are which', () => {
  it.each([
    ['/admin', true],
    ['/admin/', true],
    ['/admin/x', true],
    ['/administration', false],
    ['/vi/admin/', false],
    ['/', false],
  ])('isAdminPath(%s) is %s', (path, expected) => {
    expect(isAdminPath(path)).toBe(expected);
  });

  it.each([
    ['/api/legal.json', true],
    ['/api/', true],
    ['/api', false],
    ['/apis/x.json', false],
    ['/vi/api/x.json', false],
  ])('isOpenDataPath(%s) is %s', (path, expected) => {
    expect(isOpenDataPath(path)).toBe(expected);
  });
});

describe('cspAllows: checking a built page’s resources against a policy', () => {
  const self = new URL('https://heza.gov.vn/vi/');
  it.each([
    [["'self'"], 'https://heza.gov.vn/_astro/a.js', true],
    [["'self'"], 'https://cdn.example.com/a.js', false],
    [["'self'"], 'http://heza.gov.vn/a.js', false],
    [['data:'], 'data:image/png;base64,AA', true],
    [['DATA:'], 'data:image/png;base64,AA', true],
    [['data:'], 'blob:https://heza.gov.vn/1', false],
    [["'none'"], 'https://heza.gov.vn/a.js', false],
    [["'unsafe-inline'"], 'https://heza.gov.vn/a.js', false],
    [['https://forms.example.vn'], 'https://forms.example.vn/submit', true],
    [['https://forms.example.vn/path'], 'https://forms.example.vn/other', true],
    [['https://forms.example.vn'], 'https://example.vn/submit', false],
    [['not a url'], 'https://heza.gov.vn/a.js', false],
    [[], 'https://heza.gov.vn/a.js', false],
    [['data:', "'self'"], 'https://heza.gov.vn/a.js', true],
    // A scheme source allows that scheme only (data: and blob: URLs share the origin "null").
    [['blob:'], 'data:image/png;base64,AA', false],
    [['data:'], 'blob:https://heza.gov.vn/1', false],
    [['ws:'], 'ws://heza.gov.vn/socket', true],
    [['a+b.c-d:'], 'a+b.c-d:x', true],
  ])('%j allows %s: %s', (sources, url, expected) => {
    expect(cspAllows(sources, new URL(url), self)).toBe(expected);
  });
});
