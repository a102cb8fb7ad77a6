/**
 * Builds a throw-away project folder with a content/ tree, for testing the content gate on bad input.
 * Start from valid documents and break one thing per test.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { tempDir } from './tmp.ts';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { root } from './paths.ts';
import { runContentGate, type ContentProblem } from '../../src/pipeline/gate/contentGate.ts';

export type Front = Record<string, unknown>;

export function validDoc(overrides: Front = {}): Front {
  return {
    title: 'Nghị định về thực hiện cơ chế một cửa',
    number: '61/2018/NĐ-CP',
    docType: 'nghi-dinh',
    issuer: 'chinh-phu',
    issued: '2018-04-23',
    effective: '2018-06-21',
    status: 'chua-xac-dinh',
    statusCheckedOn: '2026-11-01',
    subjects: ['mot-cua'],
    summary: 'Tóm tắt.',
    sources: [{ title: 'Nguồn thử nghiệm' }],
    verified: false,
    changes: [{ date: '2026-11-01', note: 'Đăng tải lần đầu.' }],
    ...overrides,
  };
}

export function mdx(front: Front, body = 'Nội dung.'): string {
  return `---\n${stringify(front)}---\n\n${body}\n`;
}

/** A project folder with site settings and the given files (paths relative to content/). */
export function makeProject(files: Record<string, string>): string {
  const dir = tempDir('heza-content-');
  cpSync(join(root, 'content', 'settings'), join(dir, 'content', 'settings'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, 'content', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

/** The smallest valid library: one document in both languages. */
export function validPair(front: Front = {}, enFront: Front = {}): Record<string, string> {
  return {
    'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(front)),
    'legal/en/61-2018-nd-cp.mdx': mdx(validDoc({ title: 'Decree on the one-stop shop', summary: 'Summary.', sources: [{ title: 'Test source' }], ...front, ...enFront })),
  };
}

/** The content gate's problems for a project made of these files (paths relative to content/). */
export function problemsOf(files: Record<string, string>): ContentProblem[] {
  return runContentGate(makeProject(files)).problems;
}
