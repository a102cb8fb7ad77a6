import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder inside this test run's folder (removed when the run ends). */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(process.env.HEZA_TEST_TMP ?? tmpdir(), prefix));
}
