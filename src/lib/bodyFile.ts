/**
 * Bodies rendered from Markdown live in files of their own, not in the content store
 * (src/lib/contentLoader.ts writes them); an entry's rendered metadata names its file. These helpers
 * read that name and give back an entry whose rendered HTML is read from the file when Astro's
 * render() asks for it, so pages render exactly as before.
 */
import { readFileSync } from 'node:fs';

export const BODY_FILE_KEY = 'hezaBodyFile';

interface WithRendered {
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The body file of an entry, or undefined when its HTML (if any) is in the store itself. */
export function bodyFileOf(entry: WithRendered): string | undefined {
  const file = entry.rendered?.metadata?.[BODY_FILE_KEY];
  return typeof file === 'string' ? file : undefined;
}

/** The entry, with `rendered.html` read from its body file on use (the entry itself is not changed). */
export function withBody<E extends WithRendered>(entry: E): E {
  const file = bodyFileOf(entry);
  if (!file || !entry.rendered) return entry;
  const rendered = entry.rendered;
  return {
    ...entry,
    rendered: {
      ...rendered,
      get html() {
        try {
          return readFileSync(file, 'utf8');
        } catch (e) {
          throw new Error(`The rendered body of ${String((entry as { filePath?: string }).filePath ?? 'an entry')} is missing from the cache (${file}); run the build again to render it.`, { cause: e });
        }
      },
    },
  };
}
