/**
 * The only module that calls getCollection. Pages ask it for entries of one language and get plain
 * objects ({ slug, lang, data, entry }) that the pure functions in src/lib understand.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import type { LegalData } from '../schemas/legal.ts';
import type { ProcedureData } from '../schemas/procedures.ts';
import type { SiteSettings } from '../schemas/settings.ts';

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

export type LegalDoc = Loaded<LegalData, CollectionEntry<'legal'>>;

export async function loadLegal(lang: Lang): Promise<LegalDoc[]> {
  const entries = await getCollection('legal', (e) => splitId(e.id).lang === lang);
  return entries.map((entry) => ({ ...splitId(entry.id), data: entry.data as LegalData, entry }));
}

/** Slugs that exist in a language, for language switches and hreflang pairs. */
export async function legalSlugs(lang: Lang): Promise<Set<string>> {
  return new Set((await loadLegal(lang)).map((d) => d.slug));
}

export type Procedure = Loaded<ProcedureData, CollectionEntry<'procedures'>>;

export async function loadProcedures(lang: Lang): Promise<Procedure[]> {
  const entries = await getCollection('procedures', (e) => splitId(e.id).lang === lang);
  return entries.map((entry) => ({ ...splitId(entry.id), data: entry.data as ProcedureData, entry }));
}

export async function loadSettings(lang: Lang): Promise<SiteSettings> {
  const entries = await getCollection('settings', (e) => e.id === `${lang}/site`);
  const found = entries[0];
  if (!found) throw new Error(`content/settings/${lang}/site.yaml is missing`);
  return found.data as SiteSettings;
}
