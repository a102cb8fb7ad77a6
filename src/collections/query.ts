/**
 * The only module that calls getCollection. Pages ask it for entries of one language and get plain
 * objects ({ slug, lang, data, entry }) that the pure functions of each collection's folder understand;
 * a legal document also carries its validity status (./legal/status.ts), evaluated once, at the build's day.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { otherLang, type Lang } from '../i18n/locales.ts';
import { legalIndex, type LegalIndex } from './legal/library.ts';
import { validity, type Validity } from './legal/status.ts';
import { todayInVietnam } from '../lib/formatDate.ts';
import { withBody } from '../pipeline/loader/bodyFile.ts';
import { byIssuedDesc } from './legal/facets.ts';
import type { LegalData } from '../schemas/legal.ts';
import type { ProcedureData } from '../schemas/procedures.ts';
import type { SiteSettings } from '../schemas/settings.ts';
import type { NewsData } from '../schemas/news.ts';
import type { ProgrammeData } from '../schemas/programme.ts';
import type { EventData } from '../schemas/events.ts';

export interface Loaded<D, E> {
  slug: string;
  lang: Lang;
  data: D;
  entry: E;
}

/** Entry ids are "<lang>/<slug>", the layout Decap's multiple_folders writes. */
export function splitId(id: string): { lang: Lang; slug: string } {
  const [lang, slug] = id.split('/') as [Lang, string];
  return { lang, slug };
}

// Content cannot change during a build, so a build reads each collection and language once (every page
// used to read the whole collection again). In dev an editor's change must show on the next request: no cache.
// getCollection builds every entry of a collection anew on each call; both languages share one call.
const cachedCollections = new Map<string, Promise<unknown[]>>();
const cachedEntries = new Map<string, Promise<unknown[]>>();
const cachedLegal = new Map<Lang, Promise<LegalDoc[]>>();
const cachedNewestFirst = new Map<Lang, Promise<LegalDoc[]>>();
const cachedIndex = new Map<Lang, Promise<LegalIndex<LegalDoc>>>();
const cachedSettings = new Map<Lang, Promise<SiteSettings>>();

function once<K, T>(cache: Map<K, Promise<T>>, key: K, read: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return read();
  let value = cache.get(key);
  if (!value) {
    value = read();
    cache.set(key, value);
  }
  return value;
}

/** The entries of one collection in one language, in collection order; a fresh array, so callers may sort it. */
async function entriesOf<C extends CollectionKey, D>(collection: C, lang: Lang): Promise<Loaded<D, CollectionEntry<C>>[]> {
  const read = async () => {
    const entries = (await once(cachedCollections, collection, () => getCollection(collection))) as CollectionEntry<C>[];
    return entries.filter((e) => splitId(e.id).lang === lang).map((entry) => ({ ...splitId(entry.id), data: entry.data as D, entry: withBody(entry) }));
  };
  return ((await once(cachedEntries, `${collection}/${lang}`, read)) as Loaded<D, CollectionEntry<C>>[]).slice();
}

let cachedDay: string | undefined;

/**
 * The day (YYYY-MM-DD in Việt Nam) at which the build evaluates everything that depends on the date:
 * validity status, past and coming deadlines. One value per build, so no two pages disagree; in dev, today.
 */
export function buildDay(): string {
  if (import.meta.env.DEV) return todayInVietnam();
  cachedDay ??= todayInVietnam();
  return cachedDay;
}

export type LegalDoc = Loaded<LegalData, CollectionEntry<'legal'>> & { validity: Validity };

/** The documents of a language, in collection order; a fresh array, so callers may sort it. */
export async function loadLegal(lang: Lang): Promise<LegalDoc[]> {
  const read = async () => (await entriesOf<'legal', LegalData>('legal', lang)).map((d) => ({ ...d, validity: validity(d.data, buildDay()) }));
  return (await once(cachedLegal, lang, read)).slice();
}

/** The documents of a language in the order of every document list (byIssuedDesc), sorted once per build. */
export async function loadLegalNewestFirst(lang: Lang): Promise<LegalDoc[]> {
  return (await once(cachedNewestFirst, lang, async () => (await loadLegal(lang)).sort(byIssuedDesc))).slice();
}

/** Lookups and relations over the whole library of a language (see legalIndex). */
export async function loadLegalIndex(lang: Lang): Promise<LegalIndex<LegalDoc>> {
  return once(cachedIndex, lang, async () => legalIndex(await loadLegal(lang), await loadLegal('vi'), await loadLegal(otherLang(lang))));
}

export type Procedure = Loaded<ProcedureData, CollectionEntry<'procedures'>>;

export async function loadProcedures(lang: Lang): Promise<Procedure[]> {
  return entriesOf<'procedures', ProcedureData>('procedures', lang);
}

export async function loadSettings(lang: Lang): Promise<SiteSettings> {
  return once(cachedSettings, lang, async () => {
    const entries = await getCollection('settings', (e) => e.id === `${lang}/site`);
    const found = entries[0];
    if (!found) throw new Error(`content/settings/${lang}/site.yaml is missing`);
    return found.data as SiteSettings;
  });
}

export type NewsItem = Loaded<NewsData, CollectionEntry<'news'>>;
export type ProgrammeEntry = Loaded<ProgrammeData, CollectionEntry<'programme'>>;
export type CalendarEntry = Loaded<EventData, CollectionEntry<'events'>>;

/** News of a language, newest first. */
export async function loadNews(lang: Lang): Promise<NewsItem[]> {
  return (await entriesOf<'news', NewsData>('news', lang)).sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug));
}

/** Reform plans of a language, newest year first. */
export async function loadProgrammes(lang: Lang): Promise<ProgrammeEntry[]> {
  return (await entriesOf<'programme', ProgrammeData>('programme', lang)).sort((a, b) => b.data.year - a.data.year);
}

/** Events of the reporting calendar of a language, earliest first. */
export async function loadEvents(lang: Lang): Promise<CalendarEntry[]> {
  return (await entriesOf<'events', EventData>('events', lang)).sort((a, b) => a.data.date.localeCompare(b.data.date) || a.slug.localeCompare(b.slug));
}

/**
 * Any collection's entries of one language, as plain data (for the open-data endpoints, which list every
 * collection). A legal document's status is the one readers see (./legal/status.ts), as on its page.
 */
export async function loadEntries(collection: string, lang: Lang): Promise<{ slug: string; lang: Lang; data: Record<string, unknown> }[]> {
  if (collection === 'legal') return (await loadLegal(lang)).map((d) => ({ slug: d.slug, lang, data: { ...d.data, status: d.validity.status } }));
  const entries = (await getCollection(collection as 'legal', (e) => splitId(e.id).lang === lang)) as { id: string; data: unknown }[];
  return entries.map((e) => ({ ...splitId(e.id), data: e.data as Record<string, unknown> }));
}
