/**
 * A copy of the project that builds like the real one (src/, admin/, public/, the config, scripts), with
 * node_modules linked rather than copied, into a given empty folder. Tests build fixture content in it, the
 * CMS tests point decap-server at it, and the benchmark puts a generated corpus in it.
 */
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'admin', 'scripts'];

/**
 * Copies the project at `from` into `dir`. `content`: 'all' copies content/ as it is; 'settings' only the
 * site settings (the rest is the caller's).
 */
export function copyProject(from: string, dir: string, content: 'all' | 'settings'): string {
  for (const name of BUILD_FILES) {
    if (existsSync(join(from, name))) cpSync(join(from, name), join(dir, name), { recursive: true });
  }
  if (content === 'all') cpSync(join(from, 'content'), join(dir, 'content'), { recursive: true });
  else cpSync(join(from, 'content', 'settings'), join(dir, 'content', 'settings'), { recursive: true });
  symlinkSync(join(from, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
