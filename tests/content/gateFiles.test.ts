/**
 * The content gate on files of every shape an editor can leave behind: where a file may be, what its
 * front matter must be, which bodies get the MDX parse, and the messages that name field and file.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { formatProblems, formatWarnings, runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { describeIssues, fieldPath } from '../../src/schemas/problems.ts';
import { collectionDefs } from '../../src/schemas/index.ts';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { takeParsed } from '../../src/pipeline/loader/parsedContent.ts';
import { makeProject, mdx, problemsOf, validDoc, validPair } from '../helpers/contentFixture.ts';

const VI = 'content/legal/vi/61-2018-nd-cp.mdx';
const gate = (files: Record<string, string>) => runContentGate(makeProject(files));

describe('where files may be', () => {
  it('skips media in a collection’s images/ folder, but not a file one folder deeper', () => {
    const { problems } = gate({ ...validPair(), 'legal/images/a.png': 'png', 'legal/images/x/b.png': 'png' });
    expect(problems).toEqual([{ file: 'content/legal/images/x/b.png', message: 'content files belong in content/legal/vi/ or content/legal/en/' }]);
  });

  it('skips hidden files at any depth', () => {
    expect(gate({ ...validPair(), 'legal/vi/x/.gitkeep': '', 'legal/.DS_Store': '' }).problems).toEqual([]);
  });

  it('reads a project without a folder for some collections as having no entries there', () => {
    const dir = makeProject(validPair());
    rmSync(join(dir, 'content', 'settings'), { recursive: true });
    const { problems, entries } = runContentGate(dir);
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.collection}/${e.lang}/${e.slug}:${e.file}`).sort()).toEqual([
      'legal/en/61-2018-nd-cp:content/legal/en/61-2018-nd-cp.mdx',
      'legal/vi/61-2018-nd-cp:content/legal/vi/61-2018-nd-cp.mdx',
    ]);
  });

  it('holds a single-file collection to its one file name', () => {
    const { problems } = gate({ ...validPair(), 'settings/vi/other.yaml': 'authorityName: x\n' });
    expect(problems).toEqual([{ file: 'content/settings/vi/other.yaml', message: 'this collection holds a single file named site.yaml' }]);
  });
});

describe('front matter', () => {
  it('must be a set of fields, not a list or a single value', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/a.mdx': '---\n- một\n- hai\n---\n\nNội dung.\n', 'legal/vi/b.mdx': '---\nchỉ một dòng\n---\n\nNội dung.\n' });
    expect(p).toEqual([
      { file: 'content/legal/vi/a.mdx', message: 'the front matter must be a set of fields (key: value)' },
      { file: 'content/legal/vi/b.mdx', message: 'the front matter must be a set of fields (key: value)' },
    ]);
  });

  it('stops at a YAML error: the schema is not checked on half-read data', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/a.mdx': '---\ntitle: "mở\n---\n\nNội dung.\n' });
    expect(p.filter((x) => x.file === 'content/legal/vi/a.mdx').map((x) => x.message)).toEqual([expect.stringMatching(/^YAML:/)]);
  });

  it('names a missing required field with its Vietnamese label, and a wrong one with the schema’s message', () => {
    const front = validDoc();
    delete front.title;
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(front) });
    expect(p.filter((x) => x.file === VI)).toEqual([{ file: VI, field: 'title', message: 'is required but missing (Trích yếu (tên văn bản))' }]);
  });

  it('suggests a known field only for a near miss at the top level', () => {
    const p = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc({ summry: 'x', zzzzzzzz: 1 })) });
    expect(p).toContainEqual({ file: VI, field: 'summry', message: 'unknown field (did you mean "summary"?)' });
    expect(p).toContainEqual({ file: VI, field: 'zzzzzzzz', message: 'unknown field' });
    const nested = problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc({ sources: [{ title: 'Nguồn', titel: 'x' }] })) });
    expect(nested).toContainEqual({ file: VI, field: 'sources[0].titel', message: 'unknown field' });
  });
});

describe('problems as an editor reads them', () => {
  it('writes field paths as they appear in the file', () => {
    expect(fieldPath(['relations', 0, 'target'])).toBe('relations[0].target');
    expect(fieldPath([0])).toBe('[0]');
    expect(fieldPath([])).toBe('');
    expect(fieldPath(['a', 'b'])).toBe('a.b');
  });

  it('describes an issue of the whole entry without a field', () => {
    const r = z.object({ a: z.string() }).refine(() => false, { message: 'sai' }).safeParse({ a: 'x' });
    expect(describeIssues('f.mdx', r.error!.issues, collectionDefs.legal.fields, { a: 'x' })).toEqual([{ file: 'f.mdx', field: undefined, message: 'sai' }]);
  });

  it('sorts problems by file and line, and says how many files they are in', () => {
    const { problems } = gate({
      ...validPair(),
      'legal/vi/b.mdx': mdx(validDoc({ number: '2/2019/NĐ-CP' }), '<script>1</script>\n\n<iframe></iframe>'),
      'legal/vi/a.mdx': mdx(validDoc({ number: '1/2019/NĐ-CP' }), '<script>1</script>'),
    });
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['content/legal/vi/a.mdx', 21],
      ['content/legal/vi/b.mdx', 21],
      ['content/legal/vi/b.mdx', 23],
    ]);
    const text = formatProblems(problems);
    expect(text.split('\n')[0]).toBe('Content check failed: 3 problem(s) in 2 file(s).');
    expect(text).toContain('  content/legal/vi/b.mdx:23 › body: embedded frames, objects and style elements are not allowed in content');
    expect(text.endsWith('Nothing was built. Fix the files above and build again.')).toBe(true);
    expect(formatProblems([{ file: 'content/x.mdx', message: 'sai' }])).toContain('\n  content/x.mdx: sai\n');
  });

  it('lists warnings one per line, with the field when there is one, under a count that says they do not fail', () => {
    expect(formatWarnings([
      { file: 'content/legal/vi/a.mdx', field: 'sources[0]', message: 'no address', severity: 'warning' },
      { file: 'content/legal/vi/b.mdx', message: 'checked long ago', severity: 'warning' },
    ])).toBe([
      'Content check: 2 warning(s) (not failing; `npm run audit:content` lists everything left to verify).',
      '  content/legal/vi/a.mdx › sources[0]: no address',
      '  content/legal/vi/b.mdx: checked long ago',
    ].join('\n'));
  });
});

describe('hand-over to the content loader', () => {
  it('leaves the front matter it read for each MDX file, for that exact text only, once', () => {
    const dir = makeProject(validPair());
    runContentGate(dir);
    const path = join(dir, 'content/legal/vi/61-2018-nd-cp.mdx');
    const text = readFileSync(path, 'utf8');
    expect(takeParsed(path, `${text} `)).toBeUndefined();
    runContentGate(dir);
    expect(takeParsed(path, text)?.data).toEqual(expect.objectContaining({ number: '61/2018/NĐ-CP', title: 'Nghị định về thực hiện cơ chế một cửa' }));
    expect(takeParsed(path, text)).toBeUndefined();
    expect(takeParsed(join(dir, 'content/settings/vi/site.yaml'), readFileSync(join(dir, 'content/settings/vi/site.yaml'), 'utf8'))).toBeUndefined();
  });
});

describe('the order problems are reported in', () => {
  it('by file, then by line, whichever check found them first', () => {
    const { problems } = gate({
      ...validPair(),
      'legal/vi/a.mdx': mdx(validDoc({ number: '1/2019/NĐ-CP', relations: [{ type: 'can-cu', target: 'khong-co' }] })),
      'legal/vi/b.mdx': mdx(validDoc({ number: '2/2019/NĐ-CP' }), '{1 + 1}\n\nimport x from "y"'),
    });
    expect(problems.map((p) => [p.file, p.line ?? null, p.field])).toEqual([
      ['content/legal/vi/a.mdx', null, 'relations[0].target'],
      ['content/legal/vi/b.mdx', 21, 'body'],
      ['content/legal/vi/b.mdx', 23, 'body'],
    ]);
  });
});
