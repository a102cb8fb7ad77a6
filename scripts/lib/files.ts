/**
 * Reading a built site, shared by the scripts and the tests (tests import from here; scripts never import
 * from tests/): every file under a folder, and every HTML page with its URL path.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, depth first. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL path of a built file: dist/vi/van-ban/index.html → /vi/van-ban/ */
export function urlOf(file: string, dir: string): string {
  const rel = relative(dir, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML page of a built site, /admin excepted. */
export function htmlPages(dir: string): { url: string; file: string }[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !relative(dir, f).startsWith('admin'))
    .map((file) => ({ file, url: urlOf(file, dir) }));
}
