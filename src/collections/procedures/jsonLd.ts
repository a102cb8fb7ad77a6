/** schema.org GovernmentService JSON-LD for a procedure guide, one ServiceChannel per way to submit. */
import type { Lang } from '../../i18n/locales.ts';
import type { ProcedureData } from '../../schemas/procedures.ts';
import { channelKindLabels, procedureFieldLabels } from '../../schemas/procedures.vocab.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import { isoDuration } from './facts.ts';

export function governmentServiceJsonLd(d: ProcedureData, lang: Lang, absoluteUrl: string, s: SiteSettings) {
  const provider = { '@type': 'GovernmentOrganization', name: s.authorityName, url: s.website };
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': absoluteUrl,
    url: absoluteUrl,
    name: d.title,
    description: d.summary,
    ...(d.code ? { identifier: d.code } : {}),
    serviceType: procedureFieldLabels[d.field][lang],
    provider,
    serviceOperator: provider,
    areaServed: { '@type': 'AdministrativeArea', name: lang === 'vi' ? 'Thành phố Hải Phòng' : 'Hải Phòng' },
    audience: { '@type': 'Audience', audienceType: d.applicants.join('; ') },
    availableChannel: d.channels.map((c) => {
      const duration = isoDuration(c);
      return {
        '@type': 'ServiceChannel',
        name: channelKindLabels[c.kind][lang],
        ...(c.kind === 'truc-tuyen' && d.onlineServiceUrl ? { serviceUrl: d.onlineServiceUrl } : {}),
        ...(c.kind === 'truc-tiep'
          ? { serviceLocation: { '@type': 'Place', name: s.oneStopAddress, address: s.oneStopAddress }, servicePhone: { '@type': 'ContactPoint', telephone: s.phone } }
          : {}),
        ...(c.kind === 'buu-chinh' ? { servicePostalAddress: { '@type': 'PostalAddress', streetAddress: s.oneStopAddress } } : {}),
        ...(duration ? { processingTime: duration } : {}),
      };
    }),
  };
}
