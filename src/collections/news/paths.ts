/** getStaticPaths helpers for the news section: articles, list pages after the first, tag pages. */
import type { Lang } from '../../i18n/locales.ts';
import { loadNews } from '../query.ts';
import { paginate } from '../../lib/paginate.ts';
import { newsTags } from '../../schemas/news.ts';
import { newsArticleKeys, newsListKey } from '../cacheKeys.ts';

export const NEWS_PAGE_SIZE = 5;

// cacheKey: see ../cacheKeys.ts (incremental builds reuse a page whose key and code are unchanged).
export async function newsArticlePaths(lang: Lang) {
  const keys = await newsArticleKeys(lang);
  return (await loadNews(lang)).map((n) => ({ params: { slug: n.slug }, cacheKey: keys.get(n.slug) }));
}

export async function newsListPaths(lang: Lang) {
  const cacheKey = await newsListKey(lang);
  return paginate(await loadNews(lang), NEWS_PAGE_SIZE)
    .slice(1)
    .map((p) => ({ params: { page: String(p.number) }, props: { page: p.number }, cacheKey }));
}

export async function newsTagPaths(lang: Lang) {
  const items = await loadNews(lang);
  const cacheKey = await newsListKey(lang);
  return newsTags.filter((tag) => items.some((n) => n.data.tags.includes(tag))).map((tag) => ({ params: { tag }, props: { tag }, cacheKey }));
}
