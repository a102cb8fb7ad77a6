/**
 * sitemap.xml with hreflang alternates (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap):
 * one <url> per page, each listing every language version of it (itself included) and x-default, the
 * Vietnamese original, and <lastmod> where the content dates the page's last change. Input: groups of the
 * same page's paths per language (a page with no translation is a group of one) and the dates by path.
 *
 * Written here rather than with @astrojs/sitemap: that integration pairs translations by a shared path
 * pattern (its i18n option maps /vi/x/ to /en/x/), but our URL segments differ per language
 * (/vi/van-ban/… ↔ /en/legal/…), so only the loaders, pairing by slug, know which pages are one; and its
 * lastmod is one value for every page, not each page's own last change. The output is checked against
 * the sitemaps.org schema's rules in tests/build/seo.test.ts.
 */
import { defaultLang, langs, locales, type Lang } from '../i18n/locales.ts';
import { escapeXml } from './xml.ts';

export type Alternates = Partial<Record<Lang, string>>;

/** Pairs the pages of two languages that share a key (usually the slug). */
export function pairByKey(byLang: Partial<Record<Lang, Map<string, string>>>): Alternates[] {
  const keys = new Set(langs.flatMap((l) => [...(byLang[l]?.keys() ?? [])]));
  return [...keys].sort().map((key) => Object.fromEntries(langs.flatMap((l) => (byLang[l]?.has(key) ? [[l, byLang[l]!.get(key)!]] : []))) as Alternates);
}

/** The newest of some YYYY-MM-DD dates (they sort as text), or undefined for none. */
export const newestDate = (dates: (string | undefined)[]): string | undefined => dates.filter((d): d is string => Boolean(d)).sort().at(-1);

/** `lastmod`: the last change of a page by its path (YYYY-MM-DD, from the content, never the build time). */
export function sitemapXml(groups: Alternates[], site: URL, lastmod: ReadonlyMap<string, string> = new Map()): string {
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const group of groups) {
    const present = langs.filter((l) => group[l]);
    for (const lang of present) {
      const loc = group[lang]!;
      if (seen.has(loc)) continue;
      seen.add(loc);
      const links = present.map((l) => `    <xhtml:link rel="alternate" hreflang="${locales[l].htmlLang}" href="${abs(group[l]!)}"/>`);
      // As in each page's head (src/layouts/Base.astro): x-default is the Vietnamese original, when there is one.
      if (group[defaultLang]) links.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(group[defaultLang])}"/>`);
      const modified = lastmod.get(loc);
      urls.push(`  <url>\n    <loc>${abs(loc)}</loc>\n${modified ? `    <lastmod>${modified}</lastmod>\n` : ''}${links.join('\n')}\n  </url>`);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
