/**
 * /build.json: when the site was built. The one place the build time is written: pages show when their
 * content last changed, so unchanged content gives byte-identical pages from build to build.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ builtAt: new Date().toISOString(), commit: process.env.GIT_COMMIT ?? process.env.CI_COMMIT_SHA ?? process.env.GITHUB_SHA ?? null }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
