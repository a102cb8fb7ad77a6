/** /api/<collection>.json and /api/<collection>.schema.json for every published collection (src/outputs/openData.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { langs } from '../../i18n/locales.ts';
import { loadEntries } from '../../collections/query.ts';
import { sections, type Section } from '../../i18n/routes.ts';
import type { Lang } from '../../i18n/locales.ts';
import { openCollections, openDataRegister, openDataSchema, type CollectionName } from '../../outputs/openData.ts';

export const getStaticPaths = (() =>
  openCollections.flatMap((collection) => [
    { params: { file: `${collection}.json` }, props: { collection, kind: 'data' } },
    { params: { file: `${collection}.schema.json` }, props: { collection, kind: 'schema' } },
  ])) satisfies GetStaticPaths;

// Route files (not loaded): a section has one page per entry when it has a [slug] route.
const routes = Object.keys(import.meta.glob('/src/pages/**/*.astro'));
const hasEntryPages = (section: Section, lang: Lang) =>
  routes.some((r) => r === `/src/pages/${lang}/${sections[section][lang]}/[slug].astro` || r === `/src/pages/${lang}/${sections[section][lang]}/[slug]/index.astro`);

const json = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = async ({ props, site }) => {
  const { collection, kind } = props as { collection: CollectionName; kind: 'data' | 'schema' };
  if (kind === 'schema') return json(openDataSchema(collection, site!));
  const byLang = Object.fromEntries(await Promise.all(langs.map(async (l) => [l, await loadEntries(collection, l)] as const)));
  return json(openDataRegister(collection, byLang as never, site!, hasEntryPages));
};
