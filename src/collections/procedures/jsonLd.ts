/** schema.org GovernmentService JSON-LD for a procedure guide, one ServiceChannel per way to submit. */
import type { Lang } from '../../i18n/locales.ts';
import type { ProcedureData } from '../../schemas/procedures.ts';
import { channelKindLabels, procedureFieldLabels } from '../../schemas/procedures.vocab.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import { isoDuration } from './facts.ts';
import { confirmedValue } from '../../schemas/settings.contacts.ts';

export function governmentServiceJsonLd(d: ProcedureData, lang: Lang, absoluteUrl: string, s: SiteSettings) {
  // Sample contact details are never published to machines; nor is the desk when the handling agency is unconfirmed.
  const place = d.agencyAwaiting ? undefined : confirmedValue(s, 'oneStopAddress');
  const phone = d.agencyAwaiting ? undefined : confirmedValue(s, 'phone');
  // When it is not confirmed that the Authority handles the procedure, the competent body by law (the city
  // People's Committee, which may delegate) is the provider and no operator is named.
  const authority = { '@type': 'GovernmentOrganization', name: s.authorityName, url: s.website };
  const provider = d.agencyAwaiting ? { '@type': 'GovernmentOrganization', name: s.parentBody } : authority;
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
    ...(d.agencyAwaiting ? {} : { serviceOperator: authority }),
    areaServed: { '@type': 'AdministrativeArea', name: lang === 'vi' ? 'Thành phố Hải Phòng' : 'Hải Phòng' },
    audience: { '@type': 'Audience', audienceType: d.applicants.join('; ') },
    availableChannel: d.channels.map((c) => {
      const duration = isoDuration(c);
      return {
        '@type': 'ServiceChannel',
        name: channelKindLabels[c.kind][lang],
        ...(c.kind === 'truc-tuyen' && d.onlineServiceUrl ? { serviceUrl: d.onlineServiceUrl } : {}),
        ...(c.kind === 'truc-tiep' && place ? { serviceLocation: { '@type': 'Place', name: place, address: place } } : {}),
        ...(c.kind === 'truc-tiep' && phone ? { servicePhone: { '@type': 'ContactPoint', telephone: phone } } : {}),
        ...(c.kind === 'buu-chinh' && place ? { servicePostalAddress: { '@type': 'PostalAddress', streetAddress: place } } : {}),
        ...(duration ? { processingTime: duration } : {}),
      };
    }),
  };
}
