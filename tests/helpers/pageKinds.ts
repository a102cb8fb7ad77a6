/** Page kinds of the built site under test (scripts/lib/pageKinds.ts finds them). */
import { pageKinds as kindsIn, type PageKind } from '../../scripts/lib/pageKinds.ts';
import { distDir } from './paths.ts';

export type { PageKind };

export function pageKinds(dir = distDir): PageKind[] {
  return kindsIn(dir);
}

/** Page kinds of the two languages' portal (the bare root redirect and /404.html fallback left out). */
export function portalKinds(): PageKind[] {
  return pageKinds().filter((k) => /^\/(vi|en)\//.test(k.sample));
}
