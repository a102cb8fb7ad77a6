/** getStaticPaths helpers: the document and facet pages of the legal library that exist in a language. */
import { otherLang, type Lang } from '../../i18n/locales.ts';
import { legalFacets, type LegalFacet } from '../../i18n/routes.ts';
import { facetCounts } from './facets.ts';
import { loadLegal } from '../query.ts';
import { legalDocumentKeys, legalFacetKeys } from './cacheKeys.ts';

// cacheKey: see cacheKeys.ts (incremental builds reuse a page whose key and code are unchanged).
export async function legalDocumentPaths(lang: Lang) {
  const keys = await legalDocumentKeys(lang);
  return (await loadLegal(lang)).map((d) => ({ params: { slug: d.slug }, cacheKey: keys.get(d.slug) }));
}

export async function legalFacetPaths(lang: Lang) {
  const docs = await loadLegal(lang);
  const keys = await legalFacetKeys(lang, otherLang(lang));
  const pages = (Object.keys(legalFacets) as LegalFacet[]).flatMap((facet) =>
    facetCounts(docs, facet).map(({ value }) => ({
      params: { facet: legalFacets[facet][lang], value },
      props: { facet, value },
      cacheKey: keys.get(`${facet}/${value}`),
    })),
  );
  // The library's "in force only" view is the in-force status page: it exists even when no document is in force.
  if (!pages.some((p) => p.props.facet === 'status' && p.props.value === 'con-hieu-luc')) {
    pages.push({ params: { facet: legalFacets.status[lang], value: 'con-hieu-luc' }, props: { facet: 'status', value: 'con-hieu-luc' }, cacheKey: undefined });
  }
  return pages;
}
