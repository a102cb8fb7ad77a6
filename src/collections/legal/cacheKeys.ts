/**
 * Cache keys of the legal register's pages for Astro's incremental build (what a key is, and the keys of the
 * other sections: ../cacheKeys.ts). A key covers everything the page shows that does not come from code:
 * its own entry (front matter and body), the names, titles and statuses of the documents it lists or
 * relates to, the validity status derived for the build's day (./status.ts), the site settings in the header
 * and footer. tests/build/incremental.test.ts checks that an incremental build gives the same output as a
 * cold one after each kind of edit.
 */
import type { Lang } from '../../i18n/locales.ts';
import { legalFacets, type LegalFacet } from '../../i18n/routes.ts';
import { facetCounts, facetValue } from './facets.ts';
import { loadLegal, loadLegalIndex, loadProcedures, type LegalDoc } from '../query.ts';
import { digestOf, keyOf, siteKey } from '../cacheKeys.ts';

/** What a document list (DocumentList) shows of a document. */
const listed = (d: LegalDoc) => [d.slug, d.data.docType, d.data.number, d.data.title, d.data.issuer, d.data.issued, d.validity];

/** slug → cacheKey of each legal document page of a language (src/views/LegalDocument.astro). */
export async function legalDocumentKeys(lang: Lang): Promise<Map<string, string>> {
  const site = await siteKey(lang);
  const { bySlug, viBySlug, otherSlugs, relations, notes } = await loadLegalIndex(lang);
  const procedures = await loadProcedures(lang);
  const keys = new Map<string, string>();
  for (const [slug, doc] of bySlug) {
    // Stryker disable next-line ArrayDeclaration: every document of the library has an entry in `relations` (legalIndex), so the fallback is never used
    const related = (relations.get(slug) ?? []).map((r) => {
      // The other document exists: in this language, else its Vietnamese original (the content gate refuses a relation to nothing).
      const target = (bySlug.get(r.other) ?? viBySlug.get(r.other))!;
      // A relation's note is written by the acting document: on the acting page it is part of `doc.data`
      // below, on the target's page it comes from the other document.
      // Stryker disable next-line ConditionalExpression: for an active relation the lookup is of a note the other document would have to write about this one, which would take both documents relating to each other in the same way: a cycle the content gate refuses
      const note = r.direction === 'passive' ? notes.get(`${r.other}:${r.type}:${slug}`) : undefined;
      return [r.direction, r.type, r.other, bySlug.has(r.other), target.data.docType, target.data.number, target.data.title, note ?? null];
    });
    const basisFor = procedures.filter((p) => p.data.legalBasis?.some((b) => b.document === slug)).map((p) => [p.slug, p.data.title]);
    keys.set(slug, keyOf(site, digestOf(doc.entry), doc.data, doc.validity, otherSlugs.has(slug), related, basisFor));
  }
  return keys;
}

/**
 * `${facet}/${value}` → cacheKey of each facet page of a language (src/views/LegalLibrary.astro with a
 * filter): its members as a list shows them, the counts of every facet (the filter column), and whether
 * the other language has documents with that value (the language switch).
 */
export async function legalFacetKeys(lang: Lang, other: Lang): Promise<Map<string, string>> {
  const site = await siteKey(lang);
  const all = await loadLegal(lang);
  const otherDocs = await loadLegal(other);
  const facets = Object.keys(legalFacets) as LegalFacet[];
  const counts = keyOf(facets.map((f) => facetCounts(all, f)));
  const keys = new Map<string, string>();
  for (const facet of facets) {
    const members = new Map<string, LegalDoc[]>();
    for (const d of all) {
      const v = facetValue(d, facet);
      if (!members.has(v)) members.set(v, []);
      members.get(v)!.push(d);
    }
    const inOther = new Set(otherDocs.map((d) => facetValue(d, facet)));
    for (const [value, docs] of members) {
      // The list's order is the library's (newest first, then by number): the members' listed fields decide it.
      keys.set(`${facet}/${value}`, keyOf(site, counts, facet, value, inOther.has(value), docs.map(listed).sort()));
    }
  }
  return keys;
}
