/**
 * The sitemap, from the loaders (URL segments differ per language, so pages are paired by slug, not by
 * path). Each page kind adds its group here; tests/build/seo.test.ts fails when a built, indexable page is
 * missing, so a new page kind cannot be forgotten. Pages marked noindex (404, printable checklists) are left out.
 */
import type { APIRoute } from 'astro';
import { langs, type Lang } from '../i18n/locales.ts';
import { mainNav } from '../i18n/nav.ts';
import { legalFacetUrl, newsPageUrl, newsTagUrl, pageUrl } from '../i18n/routes.ts';
import { legalFacetPaths } from '../collections/legal/paths.ts';
import { newsArticlePaths, newsListPaths, newsTagPaths } from '../collections/news/paths.ts';
import { loadLegal, loadProcedures } from '../collections/query.ts';
import { pairByKey, sitemapXml, type Alternates } from '../outputs/sitemap.ts';

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
  ];
  return new Response(sitemapXml(groups, site!), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
