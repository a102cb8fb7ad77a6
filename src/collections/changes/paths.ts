/** getStaticPaths of the per-collection changes pages and feeds: /vi/moi-cap-nhat/van-ban/, /en/recent-changes/procedures/ */
import type { Lang } from '../../i18n/locales.ts';
import { changeCollections, sections } from '../../i18n/routes.ts';

export function changeCollectionPaths(lang: Lang) {
  return changeCollections.map((collection) => ({ params: { collection: sections[collection][lang] }, props: { collection } }));
}
