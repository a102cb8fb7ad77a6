/**
 * The RSS feed of a language's news (@astrojs/rss): every item, newest first, sample items labelled.
 * lastBuildDate is the newest date in the content (an item's update, or its publication), never the time
 * of the build: two builds of the same content give the same bytes.
 */
import rss from '@astrojs/rss';
import type { Lang } from '../../i18n/locales.ts';
import { locales } from '../../i18n/locales.ts';
import { newsFeedUrl, pageUrl } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import { loadNews, loadSettings } from '../query.ts';
import { newsTagLabels } from '../../schemas/news.ts';

export async function newsFeed(lang: Lang, site: URL): Promise<Response> {
  const settings = await loadSettings(lang);
  const items = await loadNews(lang);
  const at = (day: string) => new Date(`${day}T00:00:00+07:00`);
  const newest = items.map((n) => n.data.updated ?? n.data.published).sort().at(-1);
  const lastBuildDate = newest ? `<lastBuildDate>${at(newest).toUTCString()}</lastBuildDate>` : '';
  return rss({
    title: t(lang, 'news.rssTitle', { name: settings.authorityShortName }),
    description: t(lang, 'news.lead'),
    site: new URL(pageUrl(lang, 'news'), site).href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locales[lang].htmlLang}</language>${lastBuildDate}<atom:link href="${new URL(newsFeedUrl(lang), site).href}" rel="self" type="application/rss+xml"/>`,
    items: items.map((n) => ({
      title: n.data.sample ? `[${t(lang, 'site.sampleContent')}] ${n.data.title}` : n.data.title,
      link: pageUrl(lang, 'news', n.slug),
      pubDate: at(n.data.published),
      description: n.data.summary,
      categories: n.data.tags.map((tag) => newsTagLabels[tag][lang]),
    })),
  });
}
