/** schema.org Event JSON-LD of a reporting deadline (serialised by src/lib/jsonLd.ts). */
import type { Lang } from '../../i18n/locales.ts';
import { organisation, type Publisher } from '../../lib/jsonLd.ts';

export function eventJsonLd(e: { url: string; name: string; description: string; date: string; lang: Lang; organizer: Publisher }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': e.url,
    url: e.url,
    name: e.name,
    description: e.description,
    startDate: e.date,
    endDate: e.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: e.lang,
    location: { '@type': 'Place', name: e.organizer.name, ...(e.organizer.address ? { address: e.organizer.address } : {}) },
    organizer: organisation(e.organizer),
  };
}
