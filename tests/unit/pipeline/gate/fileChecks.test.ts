/**
 * The gate's file checks (src/pipeline/gate/fileChecks.ts) on a throw-away project: an attachment is a
 * site path whose file must be in public/, an image is a path beside the content whose file must exist.
 * Each refusal is paired with the same entry made right, so a check that refuses everything fails too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileProblems } from '../../../../src/pipeline/gate/fileChecks.ts';
import type { GateEntry } from '../../../../src/schemas/problems.ts';
import { tempDir } from '../../../helpers/tmp.ts';

function project(): string {
  const root = tempDir('heza-files-');
  mkdirSync(join(root, 'public', 'files', 'legal'), { recursive: true });
  writeFileSync(join(root, 'public', 'files', 'legal', 'ban-goc.pdf'), '%PDF-1.4\n');
  mkdirSync(join(root, 'content', 'news', 'images'), { recursive: true });
  writeFileSync(join(root, 'content', 'news', 'images', 'anh.png'), 'png');
  return root;
}

const legal = (attachments: unknown[]): GateEntry => ({
  collection: 'legal',
  lang: 'vi',
  slug: '61-2018-nd-cp',
  file: 'content/legal/vi/61-2018-nd-cp.mdx',
  data: { title: 'Nghị định', attachments },
  body: '',
});

const news = (image: unknown): GateEntry => ({
  collection: 'news',
  lang: 'vi',
  slug: 'tin-thu',
  file: 'content/news/vi/tin-thu.mdx',
  data: { title: 'Tin', image },
  body: '',
});

describe('file checks of the content gate', () => {
  const root = project();

  it('accepts an attachment whose file is in public/, and refuses one that is not, naming the field and the expected place', () => {
    expect(fileProblems(root, [legal([{ title: 'Bản gốc', file: '/files/legal/ban-goc.pdf' }])])).toEqual([]);
    expect(fileProblems(root, [legal([{ title: 'Bản gốc', file: '/files/legal/ban-goc.pdf' }, { title: 'Phụ lục', file: '/files/legal/khong-co.pdf' }])])).toEqual([
      {
        file: 'content/legal/vi/61-2018-nd-cp.mdx',
        field: 'attachments[1].file',
        message: 'the file /files/legal/khong-co.pdf does not exist (expected public/files/legal/khong-co.pdf)',
      },
    ]);
  });

  it('leaves what is not a site path to the schema (an address elsewhere, a value that is not text)', () => {
    expect(fileProblems(root, [legal([{ title: 'Ngoài', file: 'https://vbpl.vn/khong-co.pdf' }, { title: 'Số', file: 42 }])])).toEqual([]);
  });

  it('accepts an image beside the content, and refuses a missing one relative to the entry’s own file', () => {
    expect(fileProblems(root, [news('../images/anh.png')])).toEqual([]);
    expect(fileProblems(root, [news('../images/khong-co.png')])).toEqual([
      { file: 'content/news/vi/tin-thu.mdx', field: 'image', message: 'the image ../images/khong-co.png does not exist (expected content/news/images/khong-co.png)' },
    ]);
    expect(fileProblems(root, [news(7)])).toEqual([]);
  });

  it('checks each entry only against the fields of its own collection', () => {
    // A legal entry with a value where news keeps its image, and a news entry with legal's attachments:
    // neither is a field of their own collection, so neither is a file to check.
    const odd: GateEntry[] = [
      { ...legal([]), data: { image: '../images/khong-co.png' } },
      { ...news(undefined), data: { attachments: [{ title: 'x', file: '/khong-co.pdf' }] } },
    ];
    expect(fileProblems(root, odd)).toEqual([]);
  });
});
