/**
 * Every built HTML page is valid HTML for the W3C Nu HTML Checker (the validator behind validator.w3.org,
 * npm `vnu-jar`; it needs Java): the whole of dist/ is walked, so pages added later are checked too, in one
 * Java process. Errors fail the test with page, line and message; warnings and notes are listed only.
 * Without Java the test is skipped locally with the install hint, and is an error in CI (.ci/run installs
 * Debian's default-jre-headless).
 */
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, walk } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const hint = 'The HTML validation test needs Java for the Nu HTML Checker: sudo apt-get install -y default-jre-headless';
if (!hasJava && process.env.CI) throw new Error(`Java is required in CI. ${hint}`);
if (!hasJava) console.warn(`\n[HTML validation skipped] ${hint}\n`);

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe.skipIf(!hasJava)('HTML validity of every built page (W3C Nu HTML Checker)', () => {
  let messages: NuMessage[] = [];
  let checked = 0;
  beforeAll(async () => {
    const files = walk(distDir).filter((f) => f.endsWith('.html'));
    checked = files.length;
    // -Xss: the checker's schema recursion needs a deep stack; tiered level 1 halves its start-up CPU.
    const out = await new Promise<string>((resolve, reject) => {
      execFile(
        'java',
        ['-Xss16m', '-XX:TieredStopAtLevel=1', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files],
        { maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stderr || stdout)),
      );
    });
    messages = (JSON.parse(out) as { messages: NuMessage[] }).messages;
  }, 600_000);

  it('checks every HTML file in dist/, the pages added by any collection included', () => {
    expect(checked).toBeGreaterThanOrEqual(htmlPages().length);
  });

  it('finds no error on any page', () => {
    const where = (m: NuMessage) => `${m.url ? relative(distDir, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}`;
    const errors = messages.filter((m) => m.type !== 'info').map((m) => `${where(m)} ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
    const notes = messages.filter((m) => m.type === 'info');
    if (notes.length) console.info(`Nu HTML Checker: ${notes.length} warning(s)/note(s), e.g. ${where(notes[0]!)} ${notes[0]!.message}`);
    expect(errors).toEqual([]);
  });
});
