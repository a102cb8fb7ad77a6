/** Labels of the legal library's values in a language. */
import type { Lang } from '../i18n/locales.ts';
import type { LegalFacet } from '../i18n/routes.ts';
import type { LegalData } from '../schemas/legal.ts';
import { docTypeLabels, issuerLabels, statusLabels, type DocType, type Issuer, type Status } from '../schemas/vocabulary.ts';

export function facetLabel(facet: LegalFacet, value: string, lang: Lang): string {
  if (facet === 'docType') return docTypeLabels[value as DocType][lang];
  if (facet === 'issuer') return issuerLabels[value as Issuer][lang];
  if (facet === 'status') return statusLabels[value as Status][lang];
  return value;
}

/** "Nghị định 61/2018/NĐ-CP" / "Decree 61/2018/NĐ-CP": how a document is named in lists and links. */
export function documentName(d: Pick<LegalData, 'docType' | 'number'>, lang: Lang): string {
  return `${docTypeLabels[d.docType][lang]} ${d.number}`;
}
