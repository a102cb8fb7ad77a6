import type { APIRoute } from 'astro';
import { adminPrefix } from '../outputs/securityHeaders.ts';

/** Everything public may be crawled; the CMS may not. The sitemap lists every page with its translation. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${adminPrefix}/\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
