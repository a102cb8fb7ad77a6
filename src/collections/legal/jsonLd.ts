/** schema.org Legislation JSON-LD of a legal document (serialised by src/lib/jsonLd.ts). */
import type { Lang } from '../../i18n/locales.ts';
import type { LegalData } from '../../schemas/legal.ts';
import { docTypeLabels, issuerLabels, type Status } from '../../schemas/legal.vocab.ts';
import type { Validity } from './status.ts';

const legalForce: Partial<Record<Status, string>> = {
  'con-hieu-luc': 'https://schema.org/InForce',
  'het-hieu-luc-mot-phan': 'https://schema.org/PartiallyInForce',
  'het-hieu-luc-toan-bo': 'https://schema.org/NotInForce',
  'ngung-hieu-luc': 'https://schema.org/NotInForce',
  'chua-co-hieu-luc': 'https://schema.org/NotInForce',
};

/** Legislation JSON-LD; its legal force is the status readers see (./status.ts), and none while awaiting verification. */
export function legislationJsonLd(d: LegalData, status: Validity, lang: Lang, absoluteUrl: string, related: { url: string; relation: string }[] = []) {
  const force = legalForce[status.status];
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
    ...(basedOn.length ? { isBasedOn: basedOn } : {}),
  };
}
