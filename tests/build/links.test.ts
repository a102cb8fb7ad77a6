/**
 * Link check over every page in dist/: every internal link, stylesheet, script, image and <link> leads to a
 * file that exists, every #fragment to an element on the target page, and no link leads into the other
 * language by mistake (allowed only when it says so with hreflang: the language switch, alternates).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, page, fileOf } from '../helpers/dist.ts';
import { langs } from '../../src/i18n/locales.ts';
import { siteUrl as site } from '../helpers/paths.ts';

const pages = htmlPages();
const idCache = new Map<string, Set<string>>();

function idsOf(path: string): Set<string> {
  if (!idCache.has(path)) {
    const doc = page(path);
    idCache.set(path, new Set([...doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')!), ...doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]));
  }
  return idCache.get(path)!;
}

interface Ref {
  el: HTMLElement;
  attr: string;
  value: string;
}

function refs(doc: HTMLElement): Ref[] {
  const out: Ref[] = [];
  const add = (selector: string, attr: string) => {
    for (const el of doc.querySelectorAll(selector)) out.push({ el, attr, value: el.getAttribute(attr)!.trim() });
  };
  add('a[href]', 'href');
  add('area[href]', 'href');
  add('link[href]', 'href');
  add('img[src]', 'src');
  add('script[src]', 'src');
  add('source[src]', 'src');
  add('iframe[src]', 'src');
  add('video[src]', 'src');
  add('audio[src]', 'src');
  return out;
}

/** The problems with one reference from a page at `from` in language `lang` (undefined for the root). */
function check(from: string, lang: string | undefined, r: Ref): string | null {
  if (/^javascript:/i.test(r.value)) return 'javascript: URL';
  if (/^(mailto|tel|data|sms):/i.test(r.value)) return null;
  if (r.value === '') return 'empty link';
  const target = new URL(r.value, new URL(from, site));
  if (target.origin !== site.origin) return null; // another site: not checkable offline
  const path = decodeURI(target.pathname);
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) return `${path}: a page URL needs its trailing slash`;
  if (!existsSync(fileOf(path))) return `${path}: no such file in dist/`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && path.endsWith('/') && !idsOf(path).has(fragment)) return `${path}#${fragment}: no element with that id`;
  const targetLang = path.split('/')[1];
  if (lang && r.el.tagName === 'A' && targetLang && langs.includes(targetLang as never) && targetLang !== lang) {
    if (r.el.getAttribute('hreflang') !== targetLang) return `${path}: leads into the other language without hreflang="${targetLang}"`;
  }
  return null;
}

describe('links in dist/', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.url]))('%s: every internal link and fragment resolves, none crosses languages by mistake', (url) => {
    const doc = page(url);
    const lang = langs.find((l) => url.startsWith(`/${l}/`));
    const problems = refs(doc)
      .map((r) => {
        const p = check(url, lang, r);
        return p ? `<${r.el.tagName.toLowerCase()} ${r.attr}="${r.value}">: ${p}` : null;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('every form sends to a page that exists (the header search needs the search page)', () => {
    for (const { url } of pages) {
      for (const form of page(url).querySelectorAll('form[action]')) {
        const target = new URL(form.getAttribute('action')!, new URL(url, site));
        if (target.origin !== site.origin) continue; // mailto: or the feedback endpoint: checked against form-action in security.test.ts
        expect(existsSync(fileOf(target.pathname)), `${url}: form action ${target.pathname}`).toBe(true);
      }
    }
  });
});
