/** getStaticPaths helpers: the document and facet pages of the legal library that exist in a language. */
import type { Lang } from '../../i18n/locales.ts';
import { legalFacets, type LegalFacet } from '../../i18n/routes.ts';
import { facetCounts } from './facets.ts';
import { loadLegal } from '../query.ts';

export async function legalDocumentPaths(lang: Lang) {
  return (await loadLegal(lang)).map((d) => ({ params: { slug: d.slug } }));
}

export async function legalFacetPaths(lang: Lang) {
  const docs = await loadLegal(lang);
  return (Object.keys(legalFacets) as LegalFacet[]).flatMap((facet) =>
    facetCounts(docs, facet).map(({ value }) => ({
      params: { facet: legalFacets[facet][lang], value },
      props: { facet, value },
    })),
  );
}
