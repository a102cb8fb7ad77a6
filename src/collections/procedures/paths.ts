/** getStaticPaths helper: the procedure guides (and their checklists) that exist in a language. */
import type { Lang } from '../../i18n/locales.ts';
import { loadProcedures } from '../query.ts';

export async function procedurePaths(lang: Lang) {
  return (await loadProcedures(lang)).map((p) => ({ params: { slug: p.slug } }));
}
