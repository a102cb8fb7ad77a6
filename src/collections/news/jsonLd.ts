/** schema.org NewsArticle JSON-LD of a news item (serialised by src/lib/jsonLd.ts). */
import type { Lang } from '../../i18n/locales.ts';
import { organisation, type Publisher } from '../../lib/jsonLd.ts';

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
