/**
 * /admin/config.yml: the effective CMS configuration, generated at build time from src/schemas with
 * the backend chosen by CMS_* environment variables (src/lib/cmsBackend.ts). Without them it is
 * exactly the committed admin/config.yml.
 */
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../lib/cmsConfig.ts';

export const GET: APIRoute = () =>
  new Response(cmsConfigYaml(process.env), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
