/**
 * Labels of the legal library's fields and values in a language. A field's name comes from its definition
 * in src/schemas/legal.ts (what the CMS shows editors too), and a value's from src/schemas/legal.vocab.ts:
 * one source each, for the pages, the facets, the search page and the CMS preview.
 */
import type { Lang } from '../../i18n/locales.ts';
import type { LegalFacet } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { legalFields, type LegalData } from '../../schemas/legal.ts';
import { docTypeLabels, issuerLabels, statusLabels, type DocType, type Issuer, type Status } from '../../schemas/legal.vocab.ts';

/** A field's name: "Tình trạng hiệu lực" / "Validity status". */
export function fieldLabel(field: keyof typeof legalFields, lang: Lang): string {
  return legalFields[field].label[lang];
}

/** The heading of a facet: the field it filters on, or, for the year, the year of issue. */
export function facetHeading(facet: LegalFacet, lang: Lang): string {
  return facet === 'year' ? t(lang, 'legal.facet.year') : fieldLabel(facet, lang);
}

/** A validity status in words: "Còn hiệu lực" / "In force". */
export function statusLabel(status: Status, lang: Lang): string {
  return statusLabels[status][lang];
}

export function facetLabel(facet: LegalFacet, value: string, lang: Lang): string {
  if (facet === 'docType') return docTypeLabels[value as DocType][lang];
  if (facet === 'issuer') return issuerLabels[value as Issuer][lang];
  if (facet === 'status') return statusLabel(value as Status, lang);
  return value;
}

/** "Nghị định 61/2018/NĐ-CP" / "Decree 61/2018/NĐ-CP": how a document is named in lists and links. */
export function documentName(d: Pick<LegalData, 'docType' | 'number'>, lang: Lang): string {
  return `${docTypeLabels[d.docType][lang]} ${d.number}`;
}
