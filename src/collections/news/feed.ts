/** The RSS feed of a language's news (@astrojs/rss): every item, newest first, sample items labelled. */
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
  return rss({
    title: t(lang, 'news.rssTitle', { name: settings.authorityShortName }),
    description: t(lang, 'news.lead'),
    site: new URL(pageUrl(lang, 'news'), site).href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locales[lang].htmlLang}</language><atom:link href="${new URL(newsFeedUrl(lang), site).href}" rel="self" type="application/rss+xml"/>`,
    items: items.map((n) => ({
      title: n.data.sample ? `[${t(lang, 'site.sampleContent')}] ${n.data.title}` : n.data.title,
      link: pageUrl(lang, 'news', n.slug),
      pubDate: new Date(`${n.data.published}T00:00:00+07:00`),
      description: n.data.summary,
      categories: n.data.tags.map((tag) => newsTagLabels[tag][lang]),
    })),
  });
}
