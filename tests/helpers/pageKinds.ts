/**
 * Page kinds, found in dist/ without a hand-kept list: pages are grouped by language, section and depth,
 * and a path segment becomes "*" when it varies inside the group (a slug, a facet, a value) and stays
 * literal when it does not (ho-so, checklist). One sample per kind — the largest page, which has the most
 * to check. A new page kind merged into the site is covered the moment it is built.
 *
 *   /vi/van-ban/61-2018-nd-cp/         → /vi/van-ban/*\/
 *   /vi/thu-tuc/<slug>/ho-so/          → /vi/thu-tuc/*\/ho-so/
 *   /en/legal/type/decree/             → /en/legal/*\/*\/
 */
import { statSync } from 'node:fs';
import { htmlPages } from './dist.ts';

export interface PageKind {
  /** The route pattern, e.g. /vi/thu-tuc/*\/ho-so/ */
  pattern: string;
  /** The sample page's URL path. */
  sample: string;
  /** How many built pages share the pattern. */
  count: number;
  lang: string;
}

function segments(url: string): string[] {
  return url.split('/').filter(Boolean);
}

export function pageKinds(): PageKind[] {
  const pages = htmlPages()
    .filter((p) => p.url.endsWith('/') || p.url.endsWith('.html'))
    .map((p) => ({ ...p, size: statSync(p.file).size, segs: segments(p.url) }));
  const groups = new Map<string, typeof pages>();
  for (const p of pages) {
    // The first two segments (language, section) always name the group; a file such as /404.html is its own.
    const key = `${p.segs.slice(0, 2).join('/')}|${p.segs.length}|${p.url.endsWith('.html') ? p.url : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const kinds: PageKind[] = [];
  for (const group of groups.values()) {
    const depth = group[0]!.segs.length;
    const parts: string[] = [];
    for (let i = 0; i < depth; i++) {
      const values = new Set(group.map((p) => p.segs[i]));
      parts.push(i < 2 || values.size === 1 ? group[0]!.segs[i]! : '*');
    }
    const largest = [...group].sort((a, b) => b.size - a.size || a.url.localeCompare(b.url))[0]!;
    const html = largest.url.endsWith('.html');
    kinds.push({
      pattern: html ? largest.url : `/${parts.join('/')}${parts.length ? '/' : ''}`,
      sample: largest.url,
      count: group.length,
      lang: largest.segs[0] === 'en' ? 'en' : 'vi',
    });
  }
  return kinds.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Page kinds of the two languages' portal (the bare root redirect and /404.html fallback left out). */
export function portalKinds(): PageKind[] {
  return pageKinds().filter((k) => /^\/(vi|en)\//.test(k.sample));
}
