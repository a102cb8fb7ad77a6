/**
 * Every built page (not only one per kind) against the public Content-Security-Policy of
 * src/outputs/securityHeaders.ts, read statically: no inline script (JSON-LD data blocks excepted), no inline
 * style element or attribute, no event-handler attribute, and every form posts somewhere form-action allows.
 * The browser test (tests/browser/quality.test.ts) loads one page per kind under the real header.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../helpers/dist.ts';
import { cspAllows, isAdminPath, publicCsp, withFormTargets } from '../../src/outputs/securityHeaders.ts';
import { feedbackEndpoint } from '../../src/outputs/feedbackEndpoint.ts';
import { siteUrl as site } from '../helpers/paths.ts';

const csp = withFormTargets(publicCsp, [feedbackEndpoint()]);
const pages = htmlPages().filter((p) => !isAdminPath(p.url));

describe('public pages under the Content-Security-Policy', () => {
  it.each(pages.map((p) => [p.url]))('%s: nothing inline that the policy would block, forms post where allowed', (url) => {
    const doc = page(url);
    const problems: string[] = [];
    for (const s of doc.querySelectorAll('script')) {
      const type = (s.getAttribute('type') ?? '').toLowerCase();
      if (type === 'application/ld+json') continue;
      if (!s.getAttribute('src')) problems.push(`inline <script ${s.rawAttrs}>`);
      else if (!cspAllows(csp['script-src']!, new URL(s.getAttribute('src')!, new URL(url, site)), site)) problems.push(`script from ${s.getAttribute('src')}`);
    }
    if (doc.querySelectorAll('style').length) problems.push('<style> element');
    for (const el of doc.querySelectorAll('[style]')) problems.push(`style attribute on <${el.tagName.toLowerCase()}>`);
    for (const el of doc.querySelectorAll('*')) for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) problems.push(`${name} on <${el.tagName.toLowerCase()}>`);
    for (const form of doc.querySelectorAll('form')) {
      const target = new URL(form.getAttribute('action') ?? url, new URL(url, site));
      if (!cspAllows(csp['form-action']!, target, site)) problems.push(`form posts to ${target.href}, not allowed by form-action`);
    }
    for (const l of doc.querySelectorAll('link[rel~="stylesheet"]')) {
      if (!cspAllows(csp['style-src']!, new URL(l.getAttribute('href')!, new URL(url, site)), site)) problems.push(`stylesheet from ${l.getAttribute('href')}`);
    }
    expect(problems).toEqual([]);
  });

  it('knows what it checks: form-action allows the site and e-mail, not another origin', () => {
    expect(cspAllows(csp['form-action']!, new URL('/vi/tim-kiem/', site), site)).toBe(true);
    expect(cspAllows(csp['form-action']!, new URL('mailto:motcua@heza.gov.vn'), site)).toBe(true);
    expect(cspAllows(publicCsp['form-action']!, new URL('https://forms.example.com/x'), site)).toBe(false);
    expect(cspAllows(withFormTargets(publicCsp, ['https://forms.example.com/x'])['form-action']!, new URL('https://forms.example.com/y'), site)).toBe(true);
  });
});
