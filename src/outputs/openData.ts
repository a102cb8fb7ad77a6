/**
 * Open data: every content collection (except site settings) as a static JSON register, /api/<collection>.json,
 * with its JSON Schema, /api/<collection>.schema.json. The schema is derived from the same zod schema that
 * gates the build (the front-matter fields, as editors write them), so the published format cannot drift from
 * the content. One item per slug holds both language versions and the URLs of their pages.
 */
import { z } from 'astro/zod';
import { langs, type Lang } from '../i18n/locales.ts';
import { pageUrl, sections, type Section } from '../i18n/routes.ts';
import { collectionDefs } from '../schemas/index.ts';

export type CollectionName = keyof typeof collectionDefs;

/** Collections published as open data: entry collections, not single settings files. */
export const openCollections = (Object.keys(collectionDefs) as CollectionName[]).filter((c) => !('singleFile' in collectionDefs[c]));

export const apiSchemaPath = (collection: string) => `/api/${collection}.schema.json`;

/** Collections shown in a section of another name. */
const sectionOf: Record<string, Section> = { events: 'calendar' };

/**
 * The page URL of an entry: its own page when the section has a [slug] route (`hasEntryPages`), otherwise the
 * section page that lists it; null when no section shows the collection.
 */
export function entryUrl(collection: string, lang: Lang, slug: string, hasEntryPages: (section: Section, lang: Lang) => boolean): string | null {
  const section = sectionOf[collection] ?? (collection in sections ? (collection as Section) : null);
  if (!section) return null;
  return hasEntryPages(section, lang) ? pageUrl(lang, section, slug) : pageUrl(lang, section);
}

/** Front-matter values as JSON: an image (Astro's ImageMetadata) becomes the absolute URL of the built file, a Date its ISO day. */
export function plainValue(value: unknown, site: URL): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((v) => plainValue(v, site));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.src === 'string' && typeof o.width === 'number' && typeof o.format === 'string') return new URL(o.src, site).href;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plainValue(v, site)]));
  }
  return value;
}

function registerSchema(collection: CollectionName) {
  const data = collectionDefs[collection].schema;
  const item = z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('The slug: the same in both languages, the file name in content/.'),
    url: z.object(Object.fromEntries(langs.map((l) => [l, z.url().nullable()]))).describe('Absolute URL of the page in each language; null where that language has no version (or no page).'),
    ...Object.fromEntries(langs.map((l) => [l, data.nullable().describe(`The ${l} version's fields (null when there is none).`)])),
  });
  return z.object({
    collection: z.literal(collection),
    title: z.object(Object.fromEntries(langs.map((l) => [l, z.string()]))),
    schema: z.url(),
    count: z.number().int().min(0),
    items: z.array(item),
  });
}

export function openDataSchema(collection: CollectionName, site: URL): Record<string, unknown> {
  const schema = z.toJSONSchema(registerSchema(collection), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: new URL(apiSchemaPath(collection), site).href,
    title: `${collectionDefs[collection].label.en} (${collectionDefs[collection].label.vi})`,
  };
}

export type EntryData = { slug: string; data: Record<string, unknown> };

export function openDataRegister(collection: CollectionName, byLang: Record<Lang, EntryData[]>, site: URL, hasEntryPages: (section: Section, lang: Lang) => boolean) {
  const slugs = [...new Set(langs.flatMap((l) => byLang[l].map((e) => e.slug)))].sort();
  const bySlug = Object.fromEntries(langs.map((l) => [l, new Map(byLang[l].map((e) => [e.slug, e]))])) as Record<Lang, Map<string, EntryData>>;
  const items = slugs.map((id) => {
    const of = (l: Lang) => bySlug[l].get(id) ?? null;
    return {
      id,
      url: Object.fromEntries(langs.map((l) => {
        const path = of(l) ? entryUrl(collection, l, id, hasEntryPages) : null;
        return [l, path ? new URL(path, site).href : null];
      })),
      ...Object.fromEntries(langs.map((l) => [l, of(l) ? plainValue(of(l)!.data, site) : null])),
    };
  });
  return {
    collection,
    title: collectionDefs[collection].label,
    schema: new URL(apiSchemaPath(collection), site).href,
    count: items.length,
    items,
  };
}
