/** schema.org JSON-LD for news items (NewsArticle) and calendar events (Event). */
import type { Lang } from '../i18n/locales.ts';

interface Publisher {
  name: string;
  url: string;
  address?: string;
}

const organisation = (p: Publisher) => ({ '@type': 'GovernmentOrganization', name: p.name, url: p.url });

export function newsArticleJsonLd(a: {
  url: string;
  headline: string;
  description: string;
  published: string;
  updated?: string;
  lang: Lang;
  imageUrls: string[];
  keywords: string[];
  publisher: Publisher;
  sample: boolean;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': a.url,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: a.published,
    dateModified: a.updated ?? a.published,
    inLanguage: a.lang,
    ...(a.imageUrls.length ? { image: a.imageUrls } : {}),
    keywords: a.keywords,
    author: organisation(a.publisher),
    publisher: organisation(a.publisher),
    // Sample items are not announcements: say so to machines too.
    ...(a.sample ? { creativeWorkStatus: 'Sample' } : {}),
  };
}

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
