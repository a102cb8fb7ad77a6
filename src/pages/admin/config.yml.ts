/**
 * /admin/config.yml: the effective CMS configuration, generated at build time from src/schemas with
 * the backend chosen by CMS_* environment variables (src/cms/backend.ts). Without them it is
 * exactly the committed admin/config.yml.
 */
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../cms/config.ts';

export const GET: APIRoute = () =>
  new Response(cmsConfigYaml(process.env), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
