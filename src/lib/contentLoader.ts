/**
 * The glob loader, with one saving: an .mdx body that is plain Markdown (no JSX, no expressions, and
 * HTML that MDX would write identically: see plainMarkdown.ts) is rendered to HTML when content is synced, like a .md file, instead of becoming a
 * module that the bundler compiles and the page imports. At 10,000 pages the MDX modules were most of
 * the build's CPU time and memory. Bodies that need MDX still go through it. Rendered HTML is cached
 * in the content store by file digest, so an unchanged file is not rendered again on the next build.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { shiftHeadings } from './bodyHeadings.ts';
import { isPlainMarkdown, sameAsMdx } from './plainMarkdown.ts';

type GlobOptions = Parameters<typeof glob>[0];
type RenderFunction = (entry: { body: string }) => Promise<unknown>;
/** glob() reads the entry types from its context at run time; Astro's public type leaves them out. */
type EntryType = { getRenderFunction?: (config: unknown) => Promise<RenderFunction> } & Record<string, unknown>;
type Context = LoaderContext & { entryTypes: Map<string, EntryType> };

export function markdownFirstGlob(options: GlobOptions, { shiftBodyHeadings = false } = {}): Loader {
  const inner = glob(options);
  return {
    name: 'markdown-first-glob',
    load: async (loaderContext: LoaderContext) => {
      const context = loaderContext as Context;
      const mdx = context.entryTypes.get('.mdx');
      if (!mdx) return inner.load(context);
      const entryTypes = new Map(context.entryTypes);
      let asMarkdown = 0;
      let asMdx = 0;
      entryTypes.set('.mdx', {
        ...mdx,
        // Called by glob() for each file: HTML for plain bodies, nothing (→ rendered by MDX) otherwise.
        getRenderFunction: async () => async ({ body }: { body: string }) => {
          if (!isPlainMarkdown(body)) return asMdx++, undefined;
          const rendered = await context.renderMarkdown(body);
          // The Markdown renderer ends with a line break where MDX ends with the last element.
          const html = rendered.html.replace(/\n+$/, '');
          if (!sameAsMdx(html)) return asMdx++, undefined;
          asMarkdown++;
          return { ...rendered, html: shiftBodyHeadings ? shiftHeadings(html) : html };
        },
      });
      // An entry that was not rendered above is an MDX module, rendered when a page imports it.
      const store = new Proxy(context.store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<typeof target.set>[0]) =>
              target.set(entry.filePath?.endsWith('.mdx') && !entry.rendered ? { ...entry, rendered: undefined, deferredRender: true } : entry);
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, entryTypes, store } as Context);
      if (asMarkdown + asMdx) context.logger.info(`${asMarkdown} MDX bodies rendered as plain Markdown, ${asMdx} by MDX (changed files only)`);
    },
  };
}
