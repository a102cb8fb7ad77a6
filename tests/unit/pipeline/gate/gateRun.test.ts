/**
 * The content gate over a small project: a warning never fails the build (it is listed apart), a front
 * matter that is a list is refused with its own message, and problems are printed with their line.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, runContentGate } from '../../../../src/pipeline/gate/contentGate.ts';
import { makeProject, validPair } from '../../../helpers/contentFixture.ts';

describe('the content gate', () => {
  it('lists a warning apart and does not fail on it', () => {
    // Took effect on 01/06/2026, after its newest change note (01/05/2026): a warning to check its status.
    const pair = validPair({ issued: '2026-04-01', effective: '2026-06-01', changes: [{ date: '2026-05-01', note: 'Đăng tải lần đầu.' }] }, { changes: [{ date: '2026-05-01', note: 'First published.' }] });
    const result = runContentGate(makeProject(pair));
    expect(result.problems).toEqual([]);
    expect(result.warnings.filter((w) => w.field === 'effective').map((w) => [w.file, w.severity])).toEqual([
      ['content/legal/en/61-2018-nd-cp.mdx', 'warning'],
      ['content/legal/vi/61-2018-nd-cp.mdx', 'warning'],
    ]);
    expect(result.entries.filter((e) => e.collection === 'legal').map((e) => e.file).sort()).toEqual(['content/legal/en/61-2018-nd-cp.mdx', 'content/legal/vi/61-2018-nd-cp.mdx']);
  });

  it('refuses front matter that is a list, not a set of fields', () => {
    const pair = validPair();
    pair['legal/vi/61-2018-nd-cp.mdx'] = '---\n- title\n- number\n---\n\nNội dung.\n';
    const { problems } = runContentGate(makeProject(pair));
    expect(problems.filter((p) => p.file === 'content/legal/vi/61-2018-nd-cp.mdx').map((p) => p.message)).toEqual(['the front matter must be a set of fields (key: value)']);
  });

  it('prints a problem with its file, line and field', () => {
    expect(formatProblems([{ file: 'content/legal/vi/a.mdx', line: 7, field: 'body', message: 'sai' }]).split('\n')[1]).toBe('  content/legal/vi/a.mdx:7 › body: sai');
  });
});
