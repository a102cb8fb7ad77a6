import type { APIRoute } from 'astro';
import { openSearchXml } from '../../outputs/openSearch.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openSearchXml('en', site!), { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } });
