/**
 * Page kinds, found in dist/ without a hand-kept list: pages are grouped by language, section and depth;
 * a group splits on a position whose few values each recur (loai/nam, trang/chu-de); then a path segment
 * becomes "*" when it varies inside the group (a slug, a value) and stays literal when it does not (ho-so).
 * One sample per kind — the largest page, which has the most to check. A new page kind merged into the site is covered the moment it is built.
 *
 *   /vi/van-ban/61-2018-nd-cp/         → /vi/van-ban/*\/
 *   /vi/thu-tuc/<slug>/ho-so/          → /vi/thu-tuc/*\/ho-so/
 *   /en/legal/type/nghi-dinh/          → /en/legal/type/*\/
 *   /vi/tin-tuc/trang/2/               → /vi/tin-tuc/trang/2/
 */
import { statSync } from 'node:fs';
import { htmlPages } from './files.ts';

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

export function pageKinds(dir: string): PageKind[] {
  const pages = htmlPages(dir)
    .filter((p) => p.url.endsWith('/') || p.url.endsWith('.html'))
    .map((p) => ({ ...p, size: statSync(p.file).size, segs: segments(p.url) }));
  const groups = new Map<string, typeof pages>();
  for (const p of pages) {
    // The first two segments (language, section) always name the group; a file such as /404.html is its own.
    const key = `${p.segs.slice(0, 2).join('/')}|${p.segs.length}|${p.url.endsWith('.html') ? p.url : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const kinds: PageKind[] = [];
  const emit = (group: typeof pages) => {
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
  };
  // A position whose few values each recur (trang/chu-de, loai/nam…) names sub-kinds, usually separate
  // routes (/tin-tuc/trang/[page], /tin-tuc/chu-de/[tag]): split on it, the rightmost such position first
  // (so /<slug>/ho-so/ beside /<slug>/in/ splits on ho-so/in, not per slug). Slugs, all different, do not split.
  const split = (group: typeof pages) => {
    const depth = group[0]!.segs.length;
    for (let i = depth - 1; i >= 2; i--) {
      const values = new Map<string, typeof pages>();
      for (const p of group) values.set(p.segs[i]!, [...(values.get(p.segs[i]!) ?? []), p]);
      if (values.size > 1 && values.size <= group.length / 2) {
        for (const sub of values.values()) split(sub);
        return;
      }
    }
    emit(group);
  };
  for (const group of groups.values()) split(group);
  return kinds.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
