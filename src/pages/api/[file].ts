/** /api/<collection>.json and /api/<collection>.schema.json for every published collection (src/lib/openData.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { langs } from '../../i18n/locales.ts';
import { loadEntries } from '../../lib/load.ts';
import { openCollections, openDataRegister, openDataSchema, type CollectionName } from '../../lib/openData.ts';

export const getStaticPaths = (() =>
  openCollections.flatMap((collection) => [
    { params: { file: `${collection}.json` }, props: { collection, kind: 'data' } },
    { params: { file: `${collection}.schema.json` }, props: { collection, kind: 'schema' } },
  ])) satisfies GetStaticPaths;

const json = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = async ({ props, site }) => {
  const { collection, kind } = props as { collection: CollectionName; kind: 'data' | 'schema' };
  if (kind === 'schema') return json(openDataSchema(collection, site!));
  const byLang = Object.fromEntries(await Promise.all(langs.map(async (l) => [l, await loadEntries(collection, l)] as const)));
  return json(openDataRegister(collection, byLang as never, site!));
};
