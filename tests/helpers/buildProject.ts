/**
 * A temporary copy of the project (the real src/, config and public/) with content of the test's
 * choosing, built with the real `astro build`. node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tempDir } from './tmp.ts';
import { dirname, join } from 'node:path';
import { root } from './paths.ts';

export function buildProject(files: Record<string, string>): string {
  const dir = tempDir('heza-build-');
  // admin/ holds the CMS entry that src/pages/admin imports.
  for (const name of ['src', 'admin', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  cpSync(join(root, 'content', 'settings'), join(dir, 'content', 'settings'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

/** `astro build` in `dir`; `extraEnv` sets build-time variables (FEEDBACK_ENDPOINT, CMS_*) for this build only. */
export function astroBuild(dir: string, extraEnv: Record<string, string> = {}): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...extraEnv };
  delete env.HEZA_OUT_DIR;
  const r = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
