/**
 * The glob loader, with one saving: an .mdx body that is plain Markdown (no JSX, no expressions, and
 * HTML that MDX would write identically: see plainMarkdown.ts) is rendered to HTML when content is synced, like a .md file, instead of becoming a
 * module that the bundler compiles and the page imports. At 10,000 pages the MDX modules were most of
 * the build's CPU time and memory. Bodies that need MDX still go through it.
 *
 * The rendered HTML is kept out of the content store: it goes to a pack file in the cache folder
 * (.astro/cache/bodies/<collection>/, see bodyFile.ts) and the store keeps where it is. The store is
 * serialised twice and then embedded in the build's server bundle as one string; with the bodies in
 * it, that was 78 MB at 10,000 pages and cost about 13 CPU-seconds and 0.9 GB (docs/BENCHMARKS.md).
 * src/collections/query.ts reads a body when its page is rendered. An unchanged file keeps its digest and is not
 * rendered again on the next build; each build writes the bodies it renders to a new pack.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { shiftHeadings } from '../../lib/bodyHeadings.ts';
import { isPlainMarkdown, sameAsMdx } from '../plainMarkdown.ts';
import { BODY_KEY, bodyRefOf, PackWriter } from './bodyFile.ts';
import { takeParsed } from './parsedContent.ts';
import { splitFrontmatter } from '../../lib/frontmatter.ts';

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
      let fromGate = 0;
      const getEntryInfo = mdx.getEntryInfo as (params: { contents: string; fileUrl: URL }) => Promise<Record<string, unknown>>;
      entryTypes.set('.mdx', {
        ...mdx,
        // The front matter as the content gate parsed and checked it (src/pipeline/loader/parsedContent.ts), when
        // the file is unchanged since; otherwise Astro's own parse.
        getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
          const gate = takeParsed(fileURLToPath(params.fileUrl), params.contents);
          const split = gate && splitFrontmatter(params.contents);
          if (!gate || !split) return getEntryInfo(params);
          fromGate++;
          return { data: gate.data, body: split.body.trim(), slug: gate.data.slug, rawData: split.yaml };
        },
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
      retirePacks(context);
      const pack = new PackWriter(join(bodies, `${Date.now().toString(36)}-${process.pid}.pack`));
      /** The entry with its rendered HTML moved to the pack (unless Astro must rewrite images in it). */
      const movedToPack = <E extends Parameters<typeof context.store.set>[0]>(entry: E): E => {
        const rendered = entry.rendered;
        const meta = rendered?.metadata;
        const images = [meta?.imagePaths, meta?.localImagePaths, meta?.remoteImagePaths].some((v) => Array.isArray(v) && v.length > 0);
        if (!rendered || images) return entry;
        if (!pack.used) mkdirSync(bodies, { recursive: true });
        // Only the body's place is kept: no page reads render()'s `headings` (6 MB of the store at
        // 10,000 pages), and these bodies have no images or front matter of their own.
        return { ...entry, rendered: { html: '', metadata: { [BODY_KEY]: pack.append(rendered.html) } } };
      };
      // An entry that was not rendered above is an MDX module, rendered when a page imports it.
      const store = new Proxy(context.store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<typeof target.set>[0]) =>
              target.set(entry.filePath?.endsWith('.mdx') && !entry.rendered ? { ...entry, rendered: undefined, deferredRender: true } : movedToPack(entry));
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, entryTypes, store } as Context);
      // In dev, an edited file is appended to the same pack later (the writer opens it again).
      pack.close();
      // Packs no entry points into any more.
      const used = new Set([...context.store.values()].map((e) => bodyRefOf(e)?.file));
      if (existsSync(bodies)) for (const name of readdirSync(bodies)) if (!used.has(join(bodies, name)) && join(bodies, name) !== pack.file) rmSync(join(bodies, name), { force: true });
      if (asMarkdown + asMdx) {
        context.logger.info(`${asMarkdown} MDX bodies rendered as plain Markdown, ${asMdx} by MDX (changed files only); front matter of ${fromGate} read by the content gate`);
      }
    },
  };
}

/**
 * Before a load: forget the entries whose pack is missing, or whose pack is mostly bodies no entry
 * uses any more (edited since), or that sit in one of many small packs left by edits. glob() then
 * renders them again into this load's pack, so the cache stays a few files with little dead weight.
 */
function retirePacks(context: LoaderContext) {
  const byPack = new Map<string, { ids: string[]; live: number }>();
  for (const [id, entry] of context.store.entries()) {
    const ref = bodyRefOf(entry);
    if (!ref) continue;
    const pack = byPack.get(ref.file) ?? { ids: [], live: 0 };
    pack.ids.push(id);
    pack.live += ref.length;
    byPack.set(ref.file, pack);
  }
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  const packs = [...byPack].map(([file, p]) => ({ file, ...p, size: size(file) })).sort((a, b) => b.size - a.size);
  packs.forEach((p, i) => {
    const missing = p.size === 0;
    const mostlyDead = p.live < p.size / 2;
    const oneOfMany = i >= MAX_PACKS - 1;
    if (missing || mostlyDead || oneOfMany) for (const id of p.ids) context.store.delete(id);
  });
}

/** A collection's bodies stay in at most this many packs (the largest kept, the rest merged). */
const MAX_PACKS = 4;
