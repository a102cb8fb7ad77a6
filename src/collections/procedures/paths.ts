/** getStaticPaths helper: the procedure guides (and their checklists) that exist in a language. */
import type { Lang } from '../../i18n/locales.ts';
import { loadProcedures } from '../query.ts';
import { procedureKeys } from '../cacheKeys.ts';

// cacheKey: see ../cacheKeys.ts (incremental builds reuse a page whose key and code are unchanged). The
// guide and its checklist share a key: the checklist shows part of what the guide does.
export async function procedurePaths(lang: Lang) {
  const keys = await procedureKeys(lang);
  return (await loadProcedures(lang)).map((p) => ({ params: { slug: p.slug }, cacheKey: keys.get(p.slug) }));
}
