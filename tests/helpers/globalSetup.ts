import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from './paths.ts';

/**
 * Build-output and browser tests read dist/: say how to make it rather than fail obscurely.
 * Temporary projects made by the tests live in one folder per run, removed when the run ends.
 */
export default function setup() {
  if (!existsSync(join(distDir, 'vi', 'index.html'))) {
    throw new Error(`${distDir} has no built site. Run "npm test" (it builds first) or "npm run build" before "vitest".`);
  }
  const runDir = mkdtempSync(join(tmpdir(), 'heza-test-run-'));
  process.env.HEZA_TEST_TMP = runDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
