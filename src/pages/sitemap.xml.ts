/**
 * The sitemap, from the loaders (URL segments differ per language, so pages are paired by slug, not by
 * path). Each page kind adds its group here; tests/build/seo.test.ts fails when a built, indexable page is
 * missing, so a new page kind cannot be forgotten. Pages marked noindex (404, printable checklists) are left out.
 *
 * lastmod: a legal document's or procedure's newest change note, a news item's update or publication date;
 * the library, procedure and news front pages take the newest of the pages they list. Other pages (home,
 * facet and tag pages, later news pages, the programme, calendar and feedback pages) have no dated change
 * in the content and are left without one rather than given the build time.
 */
import type { APIRoute } from 'astro';
import { langs, type Lang } from '../i18n/locales.ts';
import { mainNav } from '../i18n/nav.ts';
import { changeCollections, changesUrl, legalFacetUrl, newsPageUrl, newsTagUrl, pageUrl } from '../i18n/routes.ts';
import { legalFacetPaths } from '../collections/legal/paths.ts';
import { newsArticlePaths, newsListPaths, newsTagPaths } from '../collections/news/paths.ts';
import { loadLegal, loadNews, loadProcedures } from '../collections/query.ts';
import { newestDate, pairByKey, sitemapXml, type Alternates } from '../outputs/sitemap.ts';

async function perLang(make: (lang: Lang) => Promise<[string, string][]>): Promise<Alternates[]> {
  const byLang = Object.fromEntries(await Promise.all(langs.map(async (l) => [l, new Map(await make(l))] as const)));
  return pairByKey(byLang);
}

export const GET: APIRoute = async ({ site }) => {
  const groups: Alternates[] = [
    // Section front pages (the navigation lists a section once its pages exist).
    ...mainNav.map((n) => Object.fromEntries(langs.map((l) => [l, pageUrl(l, n.section)])) as Alternates),
    ...(await perLang(async (l) => (await loadLegal(l)).map((d) => [d.slug, pageUrl(l, 'legal', d.slug)]))),
    ...(await perLang(async (l) =>
      (await legalFacetPaths(l)).map((p) => [`${p.props.facet}/${p.props.value}`, legalFacetUrl(l, p.props.facet, p.props.value)]),
    )),
    ...(await perLang(async (l) => (await loadProcedures(l)).map((p) => [p.slug, pageUrl(l, 'procedures', p.slug)]))),
    ...(await perLang(async (l) => (await newsArticlePaths(l)).map((p) => [p.params.slug, pageUrl(l, 'news', p.params.slug)]))),
    ...(await perLang(async (l) => (await newsListPaths(l)).map((p) => [String(p.props.page), newsPageUrl(l, p.props.page)]))),
    ...(await perLang(async (l) => (await newsTagPaths(l)).map((p) => [p.props.tag, newsTagUrl(l, p.props.tag)]))),
    // The register's recent changes, all and per collection.
    Object.fromEntries(langs.map((l) => [l, changesUrl(l)])) as Alternates,
    ...changeCollections.map((c) => Object.fromEntries(langs.map((l) => [l, changesUrl(l, c)])) as Alternates),
  ];
  const lastmod = new Map<string, string>();
  for (const l of langs) {
    const dated = (section: 'legal' | 'procedures' | 'news', pages: [string, string][]) => {
      for (const [slug, date] of pages) lastmod.set(pageUrl(l, section, slug), date);
      const newest = newestDate(pages.map(([, d]) => d));
      if (newest) lastmod.set(pageUrl(l, section), newest);
    };
    dated('legal', (await loadLegal(l)).map((d) => [d.slug, d.data.changes[0]!.date]));
    dated('procedures', (await loadProcedures(l)).map((p) => [p.slug, p.data.changes[0]!.date]));
    dated('news', (await loadNews(l)).map((n) => [n.slug, n.data.updated ?? n.data.published]));
  }
  return new Response(sitemapXml(groups, site!, lastmod), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
