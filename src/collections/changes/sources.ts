/** The pages whose change notes make up the change log of a language, read through the loader. */
import type { Lang } from '../../i18n/locales.ts';
import { loadLegal, loadProcedures, loadSettings } from '../query.ts';
import { documentName } from '../legal/labels.ts';
import { changesFeedUrl, changesUrl, type ChangeCollection } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { locales } from '../../i18n/locales.ts';
import { changeLog, type ChangeItem, type ChangeSource } from './changeLog.ts';
import { atomFeed } from './atom.ts';

export async function changeSources(lang: Lang): Promise<ChangeSource[]> {
  const legal = (await loadLegal(lang)).map((d) => ({ collection: 'legal' as const, slug: d.slug, name: documentName(d.data, lang), title: d.data.title, changes: d.data.changes }));
  const procedures = (await loadProcedures(lang)).map((p) => ({ collection: 'procedures' as const, slug: p.slug, name: p.data.title, title: p.data.title, changes: p.data.changes }));
  return [...legal, ...procedures];
}

/** The change log of a language, or of one collection of it. */
export async function loadChangeLog(lang: Lang, collection?: ChangeCollection): Promise<ChangeItem[]> {
  const all = changeLog(lang, await changeSources(lang));
  return collection ? all.filter((c) => c.collection === collection) : all;
}

/** The Atom feed of a language's changes (or of one collection's). */
export async function changesFeed(lang: Lang, site: URL, collection?: ChangeCollection): Promise<Response> {
  const settings = await loadSettings(lang);
  const items = await loadChangeLog(lang, collection);
  const title = `${t(lang, collection ? `changes.title.${collection}` : 'changes.title')} – ${settings.authorityShortName}`;
  const abs = (path: string) => new URL(path, site).href;
  const xml = atomFeed({
    id: abs(changesFeedUrl(lang, collection)),
    title,
    subtitle: t(lang, 'changes.lead'),
    self: abs(changesFeedUrl(lang, collection)),
    alternate: abs(changesUrl(lang, collection)),
    lang: locales[lang].htmlLang,
    author: settings.authorityName,
    entries: items.map((c) => ({
      id: abs(c.href),
      title: `${c.name}: ${c.note}`,
      link: abs(c.path),
      date: c.date,
      summary: c.name === c.title ? c.note : `${c.title}. ${c.note}`,
      category: { term: c.collection, label: t(lang, `changes.filter.${c.collection}`) },
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
