/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild) shared by every section: a page
 * returned by getStaticPaths() with an unchanged `cacheKey` (and unchanged code) is not rendered again; the
 * previous build's HTML is reused. A key covers everything the page shows that does not come from code:
 * its own entry, what it shows of other entries, and the site settings of its language (header, footer).
 * Code (views, components, UI dictionaries, styles) is covered by Astro: it hashes each page's module graph.
 * The legal register's keys are in ./legal/cacheKeys.ts; tests/build/incremental.test.ts checks that an
 * incremental build gives the same output as a cold one after each kind of edit.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/locales.ts';
import { otherLang } from '../i18n/locales.ts';
import { loadLegal, loadNews, loadProcedures, loadSettings } from './query.ts';

/** A short, stable digest of any JSON-serialisable parts. */
export function keyOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** The source file's digest (front matter and body), as Astro's glob loader records it. */
export function digestOf(entry: { digest?: string | number; body?: string; rendered?: { metadata?: unknown } }): string | number {
  return entry.digest ?? keyOf(entry.body ?? null, entry.rendered?.metadata ?? null);
}

/** What every page shows from content, whatever its kind: the settings of its language (header, footer). */
export async function siteKey(lang: Lang): Promise<string> {
  return keyOf(lang, await loadSettings(lang));
}

/**
 * slug → cacheKey of a procedure guide and of its checklist page (src/views/ProcedurePage.astro,
 * ProcedureChecklist.astro): the entry, whether the other language has it (the language switch), and the
 * number, title and validity of each document of its legal basis (a document only in Vietnamese is linked there).
 */
export async function procedureKeys(lang: Lang): Promise<Map<string, string>> {
  const site = await siteKey(lang);
  const procedures = await loadProcedures(lang);
  const inOther = new Set((await loadProcedures(otherLang(lang))).map((p) => p.slug));
  const legal = new Map((await loadLegal(lang)).map((d) => [d.slug, d]));
  const legalVi = new Map((await loadLegal('vi')).map((d) => [d.slug, d]));
  const keys = new Map<string, string>();
  for (const p of procedures) {
    // Stryker disable next-line ArrayDeclaration: for a guide without a legal basis any constant list gives keys that change exactly when the guide does
    const basis = (p.data.legalBasis ?? []).map((b) => {
      const target = legal.get(b.document) ?? legalVi.get(b.document);
      return [b.document, target?.lang ?? null, target?.data.docType ?? null, target?.data.number ?? null, target?.data.title ?? null, target?.validity ?? null];
    });
    keys.set(p.slug, keyOf(site, digestOf(p.entry), p.data, inOther.has(p.slug), basis));
  }
  return keys;
}

/** slug → cacheKey of a news article (src/views/NewsArticle.astro): the entry and whether the other language has it. */
export async function newsArticleKeys(lang: Lang): Promise<Map<string, string>> {
  const site = await siteKey(lang);
  const inOther = new Set((await loadNews(otherLang(lang))).map((n) => n.slug));
  return new Map((await loadNews(lang)).map((n) => [n.slug, keyOf(site, digestOf(n.entry), n.data, inOther.has(n.slug))]));
}

/**
 * The cacheKey of every news list and tag page of a language (src/views/NewsIndex.astro): each lists,
 * pages and counts the whole section, so any change of an item (or of the other language's items: the
 * language switch) renders them all again; they are a handful of pages.
 */
export async function newsListKey(lang: Lang): Promise<string> {
  const listed = (n: Awaited<ReturnType<typeof loadNews>>[number]) => [n.slug, n.data];
  return keyOf(await siteKey(lang), (await loadNews(lang)).map(listed), (await loadNews(otherLang(lang))).map(listed));
}
