/**
 * The glob loader, with one saving: an .mdx body that is plain Markdown (no JSX, no expressions, and
 * HTML that MDX would write identically: see plainMarkdown.ts) is rendered to HTML when content is synced, like a .md file, instead of becoming a
 * module that the bundler compiles and the page imports. At 10,000 pages the MDX modules were most of
 * the build's CPU time and memory. Bodies that need MDX still go through it.
 *
 * The rendered HTML is kept out of the content store: it goes to a file of its own in the cache folder
 * (.astro/cache/bodies/<collection>/<sha1>.html) and the store keeps the file's path (see bodyFile).
 * The store is serialised twice and then embedded in the build's server bundle as one string; with the
 * bodies in it, that was 78 MB at 10,000 pages and cost about 10 CPU-seconds and 1.2 GB
 * (docs/BENCHMARKS.md). src/lib/load.ts reads a body when its page is rendered. An unchanged file
 * keeps its digest and is not rendered again on the next build; a body file that has gone missing from
 * the cache is rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { shiftHeadings } from './bodyHeadings.ts';
import { isPlainMarkdown, sameAsMdx } from './plainMarkdown.ts';
import { BODY_FILE_KEY, bodyFileOf } from './bodyFile.ts';

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
      const bodies = join(fileURLToPath(context.config.cacheDir), 'bodies', context.collection);
      // A body file lost from the cache: forget the entry, so that glob() reads and renders it again.
      for (const [id, entry] of context.store.entries()) {
        const file = bodyFileOf(entry);
        if (file && !existsSync(file)) context.store.delete(id);
      }
      /** The entry with its rendered HTML moved to a file (unless Astro must rewrite images in it). */
      const withBodyFile = <E extends Parameters<typeof context.store.set>[0]>(entry: E): E => {
        const rendered = entry.rendered;
        const meta = rendered?.metadata;
        const images = [meta?.imagePaths, meta?.localImagePaths, meta?.remoteImagePaths].some((v) => Array.isArray(v) && v.length > 0);
        if (!rendered || images) return entry;
        const file = join(bodies, `${createHash('sha1').update(rendered.html).digest('hex')}.html`);
        if (!existsSync(file)) {
          mkdirSync(bodies, { recursive: true });
          writeFileSync(file, rendered.html);
        }
        return { ...entry, rendered: { html: '', metadata: { ...meta, [BODY_FILE_KEY]: file } } };
      };
      // An entry that was not rendered above is an MDX module, rendered when a page imports it.
      const store = new Proxy(context.store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<typeof target.set>[0]) =>
              target.set(entry.filePath?.endsWith('.mdx') && !entry.rendered ? { ...entry, rendered: undefined, deferredRender: true } : withBodyFile(entry));
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, entryTypes, store } as Context);
      // Body files no entry points to any more (edited or deleted content).
      const used = new Set([...context.store.values()].map((e) => bodyFileOf(e)));
      if (existsSync(bodies)) for (const name of readdirSync(bodies)) if (!used.has(join(bodies, name))) rmSync(join(bodies, name), { force: true });
      if (asMarkdown + asMdx) context.logger.info(`${asMarkdown} MDX bodies rendered as plain Markdown, ${asMdx} by MDX (changed files only)`);
    },
  };
}
