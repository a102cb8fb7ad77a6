/**
 * A temporary copy of the project (the real src/, config and public/) with content of the test's
 * choosing, built with the real `astro build`. node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { copyProject } from '../../scripts/lib/projectCopy.ts';
import { tempDir } from './tmp.ts';
import { dirname, join } from 'node:path';
import { root } from './paths.ts';

export function buildProject(files: Record<string, string>): string {
  const dir = copyProject(root, tempDir('heza-build-'), 'settings');
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
