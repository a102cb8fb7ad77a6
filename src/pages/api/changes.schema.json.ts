/** /api/changes.schema.json: the JSON Schema of /api/changes.json. */
import type { APIRoute } from 'astro';
import { changesSchema } from '../../collections/changes/openData.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(changesSchema(site!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
