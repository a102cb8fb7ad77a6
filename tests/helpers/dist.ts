/** Reading the built site: every HTML page, parsed, with its URL path. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages as sitePages, urlOf as siteUrlOf, walk } from '../../scripts/lib/files.ts';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths.ts';

export { walk };

/** URL path of a built file: dist/vi/van-ban/index.html → /vi/van-ban/ */
export function urlOf(file: string, dir = distDir): string {
  return siteUrlOf(file, dir);
}

export function fileOf(url: string): string {
  const path = url.split('#')[0]!.split('?')[0]!;
  return path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
}

export function exists(url: string): boolean {
  return existsSync(fileOf(url));
}

export function page(url: string): HTMLElement {
  return parse(readFileSync(fileOf(url), 'utf8'), { comment: false });
}

/** Every HTML page of a built site (dist/ unless another folder is given), /admin excepted. */
export function htmlPages(dir = distDir): { url: string; file: string }[] {
  return sitePages(dir);
}

export function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
  return doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}
