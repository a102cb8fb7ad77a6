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

/**
 * How long one `astro build` of a small test project may take before it is stopped and reported: about
 * 30 s on an idle 2-core machine, and over 2 minutes measured while other builds kept both cores busy.
 * A test's own timeout is counted in builds (`buildTimeout(n)`), never as if the machine were idle; the
 * build runs synchronously, so it is this limit, not Vitest's, that stops one that hangs.
 */
export const BUILD_LIMIT_MS = 10 * 60_000;

/** A test timeout for a test that runs `builds` builds, plus `extraMs` for its other work. */
export const buildTimeout = (builds: number, extraMs = 60_000) => builds * BUILD_LIMIT_MS + extraMs;

/** `astro build` in `dir`; `extraEnv` sets build-time variables (FEEDBACK_ENDPOINT, CMS_*) for this build only. */
export function astroBuild(dir: string, extraEnv: Record<string, string> = {}): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...extraEnv };
  delete env.HEZA_OUT_DIR;
  const r = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env, timeout: BUILD_LIMIT_MS, killSignal: 'SIGKILL' });
  const stopped = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `\nastro build stopped after ${BUILD_LIMIT_MS / 60_000} minutes` : '';
  return { status: r.status, output: `${r.stdout}\n${r.stderr}${stopped}` };
}
