/** getStaticPaths helpers for the news section: articles, list pages after the first, tag pages. */
import type { Lang } from '../../i18n/locales.ts';
import { loadNews } from '../query.ts';
import { paginate } from '../../lib/paginate.ts';
import { newsTags } from '../../schemas/news.ts';

export const NEWS_PAGE_SIZE = 5;

export async function newsArticlePaths(lang: Lang) {
  return (await loadNews(lang)).map((n) => ({ params: { slug: n.slug } }));
}

export async function newsListPaths(lang: Lang) {
  return paginate(await loadNews(lang), NEWS_PAGE_SIZE)
    .slice(1)
    .map((p) => ({ params: { page: String(p.number) }, props: { page: p.number } }));
}

export async function newsTagPaths(lang: Lang) {
  const items = await loadNews(lang);
  return newsTags.filter((tag) => items.some((n) => n.data.tags.includes(tag))).map((tag) => ({ params: { tag }, props: { tag } }));
}
