/**
 * schema.org JSON-LD for the page kinds. Serialised safely for an inline data block: "<" is escaped so
 * that no text in content can close the script element.
 */
import type { Lang } from '../i18n/locales.ts';
import type { LegalData } from '../schemas/legal.ts';
import { docTypeLabels, issuerLabels, type Status } from '../schemas/vocabulary.ts';

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const legalForce: Partial<Record<Status, string>> = {
  'con-hieu-luc': 'https://schema.org/InForce',
  'het-hieu-luc-mot-phan': 'https://schema.org/PartiallyInForce',
  'het-hieu-luc-toan-bo': 'https://schema.org/NotInForce',
  'ngung-hieu-luc': 'https://schema.org/NotInForce',
};

export function legislationJsonLd(d: LegalData, lang: Lang, absoluteUrl: string, related: { url: string; relation: string }[] = []) {
  const force = legalForce[d.status];
  const basedOn = related.filter((r) => r.relation === 'can-cu').map((r) => r.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': absoluteUrl,
    url: absoluteUrl,
    name: `${docTypeLabels[d.docType][lang]} ${d.number}`,
    alternateName: d.title,
    legislationIdentifier: d.number,
    legislationDate: d.issued,
    ...(d.effective ? { legislationDateVersion: d.effective } : {}),
    legislationType: docTypeLabels[d.docType][lang],
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: issuerLabels[d.issuer][lang] },
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: lang === 'vi' ? 'Việt Nam' : 'Viet Nam' },
    ...(force ? { legislationLegalForce: force } : {}),
    inLanguage: lang,
    abstract: d.summary,
    // Left out when the document rests on nothing in the library: an empty list says nothing.
    ...(basedOn.length ? { isBasedOn: basedOn } : {}),
  };
}
