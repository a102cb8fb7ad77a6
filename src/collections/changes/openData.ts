/**
 * The change log as open data: /api/changes.json, with its JSON Schema at /api/changes.schema.json. One item per
 * change note, newest first; the date is shared by both languages, the note is given in each (null where a page
 * has no version in that language). The same items as the changes pages and the Atom feeds.
 */
import { z } from 'astro/zod';
import { langs, type Lang } from '../../i18n/locales.ts';
import { changeCollections } from '../../i18n/routes.ts';
import { byNewest, type ChangeItem } from './changeLog.ts';

export const changesApiPath = '/api/changes.json';
export const changesSchemaPath = '/api/changes.schema.json';

const perLang = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(langs.map((l) => [l, value.nullable()])) as Record<Lang, z.ZodNullable<T>>);

const changeItem = z.object({
  collection: z.enum(changeCollections).describe('The collection of the changed page: legal (a legal document) or procedures (a procedure guide).'),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('The slug of the changed page (the id of its item in /api/<collection>.json).'),
  seq: z.number().int().min(1).describe('The position of the note in the page’s history: 1 is its first publication.'),
  date: z.iso.date().describe('The day of the change (YYYY-MM-DD), the same in both languages.'),
  note: perLang(z.string()).describe('What changed, in each language.'),
  name: perLang(z.string()).describe('The page’s name in each language, e.g. "Nghị định 61/2018/NĐ-CP".'),
  url: perLang(z.url()).describe('Absolute URL of the note on the page in each language (#change-<seq>).'),
});

export const changesRegister = z.object({
  title: perLang(z.string()),
  schema: z.url(),
  count: z.number().int().min(0),
  items: z.array(changeItem),
});

export function changesSchema(site: URL): Record<string, unknown> {
  const schema = z.toJSONSchema(changesRegister, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: new URL(changesSchemaPath, site).href, title: 'Register changes (Văn bản, thủ tục mới cập nhật)' };
}

export function changesRegisterData(byLang: Record<Lang, ChangeItem[]>, titles: Record<Lang, string>, site: URL): z.infer<typeof changesRegister> {
  const key = (c: ChangeItem) => `${c.collection}/${c.slug}/${c.seq}`;
  const maps = Object.fromEntries(langs.map((l) => [l, new Map(byLang[l].map((c) => [key(c), c]))])) as Record<Lang, Map<string, ChangeItem>>;
  // Dates are checked to agree between languages; the Vietnamese original leads, English-only pages follow.
  const firsts = new Map<string, ChangeItem>();
  for (const l of langs) for (const c of byLang[l]) if (!firsts.has(key(c))) firsts.set(key(c), c);
  const items = [...firsts.values()].sort(byNewest).map((c) => {
    const of = <T>(pick: (x: ChangeItem) => T) => Object.fromEntries(langs.map((l) => [l, maps[l].has(key(c)) ? pick(maps[l].get(key(c))!) : null])) as Record<Lang, T | null>;
    return {
      collection: c.collection,
      id: c.slug,
      seq: c.seq,
      date: c.date,
      note: of((x) => x.note),
      name: of((x) => x.name),
      url: of((x) => new URL(x.href, site).href),
    };
  });
  return { title: titles, schema: new URL(changesSchemaPath, site).href, count: items.length, items };
}
