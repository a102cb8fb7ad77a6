/** Reading the built site: every HTML page, parsed, with its URL path. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths.ts';

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL path of a built file: dist/vi/van-ban/index.html → /vi/van-ban/ */
export function urlOf(file: string, dir = distDir): string {
  const rel = relative(dir, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
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
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !relative(dir, f).startsWith('admin'))
    .map((file) => ({ file, url: urlOf(file, dir) }));
}

export function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
  return doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}
