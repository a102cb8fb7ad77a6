/**
 * The legal library's own rules (src/schemas/legal.rules.ts), called directly on entries as the content
 * gate and the CMS pass them: each problem names its field and carries the Vietnamese message the CMS shows
 * beside that field; relations must not form a cycle (in the Vietnamese originals, reported once); an English
 * file's relations must match its original's; a withdrawal needs its date and reason.
 */
import { describe, expect, it } from 'vitest';
import { legalRules } from '../../../src/schemas/legal.rules.ts';
import type { GateEntry } from '../../../src/schemas/problems.ts';

type Relation = { type: string; target: string };

function doc(slug: string, lang: 'vi' | 'en', data: Record<string, unknown> = {}): GateEntry {
  return {
    collection: 'legal',
    lang,
    slug,
    file: `content/legal/${lang}/${slug}.mdx`,
    data: {
      number: `${slug.split('-')[0]}/${slug.split('-')[1]}/NĐ-CP`,
      issued: `${slug.split('-')[1]}-01-01`,
      statusCheckedOn: '2026-11-01',
      changes: [{ date: '2026-11-01', note: lang === 'vi' ? 'Đăng tải lần đầu.' : 'First published.' }],
      ...data,
    },
    body: '',
  };
}

/** The problems of one field, as [file, message, Vietnamese message]. */
const of = (entries: GateEntry[], field: string) =>
  legalRules(entries)
    .filter((p) => p.field === field)
    .map((p) => [p.file, p.message, (p as { vi?: string }).vi]);

describe('legal rules: every problem carries the Vietnamese message the CMS shows', () => {
  it.each([
    ['effective', { issued: '2018-04-23', effective: '2018-04-01' }, 'Ngày có hiệu lực trước ngày ban hành.'],
    ['expiry', { issued: '2018-04-23', effective: '2018-06-21', expiry: '2018-06-01' }, 'Ngày hết hiệu lực trước ngày văn bản có hiệu lực.'],
    ['statusCheckedOn', { statusCheckedOn: '2999-01-01' }, 'Ngày kiểm tra ở tương lai: chưa thể kiểm tra vào ngày đó.'],
    ['statusCheckedOn', { issued: '2018-04-23', statusCheckedOn: '2018-01-01' }, 'Ngày kiểm tra trước ngày ban hành.'],
    ['issued', { issued: '2999-01-01', statusCheckedOn: '2999-01-01', changes: [{ date: '2999-01-01', note: 'x' }] }, 'Ngày ban hành ở tương lai.'],
    ['withdrawnReason', { withdrawnOn: '2026-11-01' }, 'Trang đã gỡ cần ghi lý do gỡ bỏ.'],
    ['withdrawnOn', { withdrawnReason: 'Trùng.' }, 'Có lý do gỡ bỏ nhưng chưa có ngày gỡ.'],
  ] as const)('%s: %j', (field, data, vi) => {
    const problems = of([doc('61-2018', 'vi', data)], field);
    expect(problems.map((p) => p[2])).toContain(vi);
    expect(problems.every((p) => p[0] === 'content/legal/vi/61-2018.mdx')).toBe(true);
  });

  it('names the file that already uses a number, in both languages of the message', () => {
    expect(of([doc('61-2018', 'vi'), { ...doc('61-2018', 'vi'), slug: 'ban-sao', file: 'content/legal/vi/ban-sao.mdx' }], 'number')).toEqual([
      ['content/legal/vi/ban-sao.mdx', 'the number 61/2018/NĐ-CP is already used by content/legal/vi/61-2018.mdx', 'Số ký hiệu 61/2018/NĐ-CP đã có (content/legal/vi/61-2018.mdx).'],
    ]);
  });

  it('accepts a document whose dates are in order and whose check is not in the future', () => {
    expect(legalRules([doc('61-2018', 'vi', { issued: '2018-04-23', effective: '2018-06-21', expiry: '2025-07-01' })])).toEqual([]);
  });
});

describe('legal rules: relations', () => {
  const rel = (target: string, type = 'huong-dan'): Relation => ({ type, target });

  it('refuses a chain of relations that comes back, at each link of the Vietnamese originals, once', () => {
    const a = doc('1-2020', 'vi', { relations: [rel('2-2019')] });
    const b = doc('2-2019', 'vi', { relations: [rel('3-2018')] });
    const c = doc('3-2018', 'vi', { relations: [rel('1-2020')] });
    // The English files repeat the relations (as they must): the cycle is still reported once per link.
    const english = [a, b, c].map((x) => ({ ...x, lang: 'en' as const, file: x.file.replace('/vi/', '/en/') }));
    const cycles = legalRules([a, b, c, ...english]).filter((p) => /cycle/.test(p.message));
    expect(cycles.map((p) => [p.file, p.field, p.message, (p as { vi?: string }).vi])).toEqual([
      ['content/legal/vi/1-2020.mdx', 'relations[0].target', '2-2019 relates back to this document: relations must not form a cycle', 'Văn bản 2-2019 lại liên quan ngược về văn bản này: quan hệ không được tạo thành vòng.'],
      ['content/legal/vi/2-2019.mdx', 'relations[0].target', '3-2018 relates back to this document: relations must not form a cycle', 'Văn bản 3-2018 lại liên quan ngược về văn bản này: quan hệ không được tạo thành vòng.'],
      ['content/legal/vi/3-2018.mdx', 'relations[0].target', '1-2020 relates back to this document: relations must not form a cycle', 'Văn bản 1-2020 lại liên quan ngược về văn bản này: quan hệ không được tạo thành vòng.'],
    ]);
  });

  it('accepts a chain that does not come back, and reports a relation to itself as that, not as a cycle', () => {
    const chain = [doc('1-2020', 'vi', { relations: [rel('2-2019')] }), doc('2-2019', 'vi', { relations: [rel('3-2018')] }), doc('3-2018', 'vi')];
    expect(legalRules(chain).filter((p) => p.field?.startsWith('relations'))).toEqual([]);
    const self = legalRules([doc('1-2020', 'vi', { relations: [rel('1-2020')] })]).filter((p) => p.field === 'relations[0].target');
    expect(self.map((p) => [p.message, (p as { vi?: string }).vi])).toEqual([['a document cannot relate to itself', 'Văn bản không thể liên quan tới chính nó.']]);
  });

  it('refuses English relations that differ from the Vietnamese original, and only then', () => {
    const vi = doc('1-2020', 'vi', { relations: [rel('2-2019')] });
    const target = [doc('2-2019', 'vi'), doc('2-2019', 'en')];
    const en = (relations: Relation[]) => doc('1-2020', 'en', { relations });
    expect(of([vi, en([rel('2-2019')]), ...target], 'relations')).toEqual([]);
    expect(of([vi, en([rel('2-2019', 'thay-the')]), ...target], 'relations')).toEqual([
      ['content/legal/en/1-2020.mdx', 'the relations (type and target) differ from the Vietnamese original content/legal/vi/1-2020.mdx', 'Quan hệ (loại và văn bản) khác với bản tiếng Việt.'],
    ]);
    expect(of([vi, en([]), ...target], 'relations')).toHaveLength(1);
    // An English file without its Vietnamese original is reported elsewhere (rules.ts), not here.
    expect(of([en([rel('2-2019')]), ...target], 'relations')).toEqual([]);
  });
});

describe('legal rules: more edges', () => {
  const rel = (...targets: string[]) => ({ relations: targets.map((target) => ({ type: 'huong-dan', target })) });

  it('finds a cycle among documents that have no English translation', () => {
    const entries = [doc('1-2020', 'vi', rel('2-2019')), doc('2-2019', 'vi', rel('1-2020'))];
    expect(of(entries, 'relations[0].target').map(([file]) => file)).toEqual(['content/legal/vi/1-2020.mdx', 'content/legal/vi/2-2019.mdx']);
  });

  it('reports a cycle elsewhere once per link, and not on a document that only leads into it', () => {
    // 3 → 1, and 1 ⇄ 2: the check from 3 walks into the cycle and must stop.
    const entries = [doc('3-2021', 'vi', rel('1-2020')), doc('1-2020', 'vi', rel('2-2019')), doc('2-2019', 'vi', rel('1-2020'))];
    expect(of(entries, 'relations[0].target').map(([file]) => file)).toEqual(['content/legal/vi/1-2020.mdx', 'content/legal/vi/2-2019.mdx']);
  });

  it('compares an English file with its original whichever comes first', () => {
    const vi = doc('5-2020', 'vi', rel('4-2019'));
    const en = doc('5-2020', 'en', rel('3-2018'));
    const others = [doc('4-2019', 'vi'), doc('3-2018', 'vi')];
    for (const entries of [[vi, en, ...others], [en, vi, ...others]]) {
      expect(of(entries, 'relations')).toEqual([['content/legal/en/5-2020.mdx', 'the relations (type and target) differ from the Vietnamese original content/legal/vi/5-2020.mdx', 'Quan hệ (loại và văn bản) khác với bản tiếng Việt.']]);
    }
  });

  it('an empty list of relations in English matches an original without any', () => {
    expect(of([doc('5-2020', 'vi'), doc('5-2020', 'en', { relations: [] })], 'relations')).toEqual([]);
  });

  it('refuses a withdrawal dated before the document was issued, and accepts one on that day', () => {
    const w = (withdrawnOn: string) => ({ withdrawnOn, withdrawnReason: 'Đăng nhầm.' });
    expect(of([doc('5-2020', 'vi', w('2019-12-31'))], 'withdrawnOn')).toEqual([['content/legal/vi/5-2020.mdx', '2019-12-31 is before 2020-01-01', 'Ngày gỡ bỏ trước ngày 2020-01-01.']]);
    expect(of([doc('5-2020', 'vi', w('2020-01-01'))], 'withdrawnOn')).toEqual([]);
  });
});

describe('legal rules: cycles are looked for in the Vietnamese originals only', () => {
  it('an English file that relates back is refused as differing, not as a cycle of the original', () => {
    const entries = [
      doc('1-2020', 'vi', { relations: [{ type: 'huong-dan', target: '2-2019' }] }),
      doc('2-2019', 'vi'),
      doc('2-2019', 'en', { relations: [{ type: 'huong-dan', target: '1-2020' }] }),
    ];
    expect(legalRules(entries).filter((p) => p.field?.startsWith('relations')).map((p) => [p.file, p.field])).toEqual([['content/legal/en/2-2019.mdx', 'relations']]);
  });
});
