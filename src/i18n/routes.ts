import type { Lang } from './locales.ts';

/**
 * Readable URL segments per language. Both languages carry a prefix (/vi/, /en/) so that a URL
 * always says which language it is in; the bare root only sends visitors to /vi/.
 */
export const sections = {
  home: { vi: '', en: '' },
  legal: { vi: 'van-ban', en: 'legal' },
  procedures: { vi: 'thu-tuc', en: 'procedures' },
  news: { vi: 'tin-tuc', en: 'news' },
  programme: { vi: 'chuong-trinh-cai-cach', en: 'reform-programme' },
  calendar: { vi: 'lich-bao-cao', en: 'reporting-calendar' },
  feedback: { vi: 'phan-anh-kien-nghi', en: 'feedback' },
  oneStop: { vi: 'bo-phan-mot-cua', en: 'one-stop-desk' },
  search: { vi: 'tim-kiem', en: 'search' },
  changes: { vi: 'moi-cap-nhat', en: 'recent-changes' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Section = keyof typeof sections;

/** Facet segments of the legal library's pre-rendered filter pages (they work without JavaScript). */
export const legalFacets = {
  docType: { vi: 'loai', en: 'type' },
  issuer: { vi: 'co-quan-ban-hanh', en: 'issuer' },
  year: { vi: 'nam', en: 'year' },
  status: { vi: 'hieu-luc', en: 'status' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LegalFacet = keyof typeof legalFacets;

/** The printable dossier checklist of a procedure: /vi/thu-tuc/<slug>/ho-so/, /en/procedures/<slug>/checklist/ */
export const procedureChecklist = { vi: 'ho-so', en: 'checklist' } as const satisfies Record<Lang, string>;

export function checklistUrl(lang: Lang, slug: string): string {
  return pageUrl(lang, 'procedures', slug, procedureChecklist[lang]);
}

/** The URL of a section, or of a page inside it: pageUrl('en', 'legal', '61-2018-nd-cp') → /en/legal/61-2018-nd-cp/ */
export function pageUrl(lang: Lang, section: Section, ...rest: string[]): string {
  const parts = [lang, sections[section][lang], ...rest].filter((p) => p !== '');
  return `/${parts.join('/')}/`;
}

export function legalFacetUrl(lang: Lang, facet: LegalFacet, value: string): string {
  return pageUrl(lang, 'legal', legalFacets[facet][lang], value);
}

// Sub-pages of the news section and the feeds
export const newsSegments = {
  page: { vi: 'trang', en: 'page' },
  tag: { vi: 'chu-de', en: 'tag' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Page n of the news list: page 1 is the section itself. */
export function newsPageUrl(lang: Lang, n: number): string {
  return n <= 1 ? pageUrl(lang, 'news') : pageUrl(lang, 'news', newsSegments.page[lang], String(n));
}

export function newsTagUrl(lang: Lang, tag: string): string {
  return pageUrl(lang, 'news', newsSegments.tag[lang], tag);
}

/** The RSS feed of a language's news: /vi/tin-tuc/rss.xml */
export function newsFeedUrl(lang: Lang): string {
  return `${pageUrl(lang, 'news')}rss.xml`;
}

/** The iCalendar feed of a language's reporting calendar: /vi/lich-bao-cao/lich.ics */
export function calendarFeedUrl(lang: Lang): string {
  return `${pageUrl(lang, 'calendar')}${lang === 'vi' ? 'lich' : 'calendar'}.ics`;
}

/** Collections whose change notes make up the register's change log, the changes pages and their feeds. */
export const changeCollections = ['legal', 'procedures'] as const;
export type ChangeCollection = (typeof changeCollections)[number];

/** The recent-changes page of a language, or of one collection: /vi/moi-cap-nhat/, /en/recent-changes/legal/ */
export function changesUrl(lang: Lang, collection?: ChangeCollection): string {
  return collection ? pageUrl(lang, 'changes', sections[collection][lang]) : pageUrl(lang, 'changes');
}

/** The Atom feed beside each changes page: /vi/moi-cap-nhat/atom.xml, /en/recent-changes/procedures/atom.xml */
export function changesFeedUrl(lang: Lang, collection?: ChangeCollection): string {
  return `${changesUrl(lang, collection)}atom.xml`;
}

/** The anchor of a page's list of updates, which "see all updates" links point to. */
export const updatesAnchor = { vi: 'lich-su-cap-nhat', en: 'updates' } as const satisfies Record<Lang, string>;
