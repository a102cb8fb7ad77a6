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

export const apiPath = (collection: string) => `/api/${collection}.json`;
export const apiSchemaPath = (collection: string) => `/api/${collection}.schema.json`;

/** The page URL of an entry, when its collection has a section of the same name. */
export function entryUrl(collection: string, lang: Lang, slug: string): string | null {
  return collection in sections ? pageUrl(lang, collection as Section, slug) : null;
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

export function openDataRegister(collection: CollectionName, byLang: Record<Lang, EntryData[]>, site: URL) {
  const slugs = [...new Set(langs.flatMap((l) => byLang[l].map((e) => e.slug)))].sort();
  const items = slugs.map((id) => {
    const of = (l: Lang) => byLang[l].find((e) => e.slug === id) ?? null;
    return {
      id,
      url: Object.fromEntries(langs.map((l) => {
        const path = of(l) ? entryUrl(collection, l, id) : null;
        return [l, path ? new URL(path, site).href : null];
      })),
      ...Object.fromEntries(langs.map((l) => [l, of(l)?.data ?? null])),
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
