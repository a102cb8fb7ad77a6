/** /api/changes.json: every change note of the register, newest first (src/collections/changes/openData.ts). */
import type { APIRoute } from 'astro';
import { langs, type Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/ui.ts';
import { loadChangeLog } from '../../collections/changes/sources.ts';
import { changesRegisterData } from '../../collections/changes/openData.ts';

export const GET: APIRoute = async ({ site }) => {
  const byLang = Object.fromEntries(await Promise.all(langs.map(async (l) => [l, await loadChangeLog(l)] as const))) as Record<Lang, Awaited<ReturnType<typeof loadChangeLog>>>;
  const titles = Object.fromEntries(langs.map((l) => [l, t(l, 'changes.title')])) as Record<Lang, string>;
  return new Response(`${JSON.stringify(changesRegisterData(byLang, titles, site!), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
