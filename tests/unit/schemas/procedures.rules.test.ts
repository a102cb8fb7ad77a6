/**
 * The procedure guides' own rules (src/schemas/procedures.rules.ts), with the clock fixed at a day in
 * Vietnam: each problem names its field and carries the Vietnamese message the CMS shows; the facts of a
 * guide (ways, time limits, fees, copies, cited documents) must be the same in the English translation.
 */
import { afterAll, beforeAll, describe, expect, it, vi as vitest } from 'vitest';
import { procedureRules } from '../../../src/schemas/procedures.rules.ts';
import type { GateEntry } from '../../../src/schemas/problems.ts';

// 2026-11-30 07:00 in Vietnam (UTC+7).
const TODAY = '2026-11-30';
beforeAll(() => {
  vitest.useFakeTimers({ toFake: ['Date'] });
  vitest.setSystemTime(new Date('2026-11-30T00:00:00Z'));
});
afterAll(() => {
  vitest.useRealTimers();
});

function guide(slug: string, lang: 'vi' | 'en', data: Record<string, unknown> = {}): GateEntry {
  return {
    collection: 'procedures',
    lang,
    slug,
    file: `content/procedures/${lang}/${slug}.mdx`,
    data: {
      checkedOn: '2026-11-01',
      channels: [{ kind: 'truc-tiep', timeLimit: 15, timeUnit: 'ngay-lam-viec', fee: 100000 }, { kind: 'truc-tuyen' }],
      dossier: [{ copies: 1 }, {}],
      legalBasis: [{ document: '61-2018-nd-cp' }],
      changes: [{ date: '2026-11-01', note: 'Đăng tải lần đầu.' }],
      ...data,
    },
    body: '',
  };
}

const rows = (entries: GateEntry[]) => procedureRules(entries).map((p) => [p.file, p.field, p.message, (p as { vi?: string }).vi]);

describe('procedure rules', () => {
  it('accept a guide in both languages with the same facts, checked today', () => {
    expect(procedureRules([guide('dang-ky', 'vi', { code: '1.001', checkedOn: TODAY }), guide('dang-ky', 'en', { code: '1.001', checkedOn: TODAY })])).toEqual([]);
  });

  it('accept guides without a code and without cited documents', () => {
    expect(procedureRules([guide('a', 'vi', { legalBasis: undefined }), guide('b', 'vi', { legalBasis: undefined })])).toEqual([]);
  });

  it('a time limit needs its unit, and a unit its number', () => {
    expect(rows([guide('a', 'vi', { channels: [{ kind: 'truc-tiep', timeLimit: 15 }, { kind: 'truc-tuyen', timeUnit: 'gio' }] })])).toEqual([
      ['content/procedures/vi/a.mdx', 'channels[0].timeUnit', 'a time limit needs its unit (working days, days or hours)', 'Thời hạn cần có đơn vị (ngày làm việc, ngày hoặc giờ).'],
      ['content/procedures/vi/a.mdx', 'channels[1].timeLimit', 'a unit is given without the number of the time limit', 'Có đơn vị nhưng chưa có số của thời hạn.'],
    ]);
  });

  it('each way to submit once, each cited document once', () => {
    expect(
      rows([
        guide('a', 'vi', {
          channels: [{ kind: 'truc-tiep' }, { kind: 'buu-chinh' }, { kind: 'truc-tiep' }],
          legalBasis: [{ document: '61-2018-nd-cp' }, { document: '45-2020-nd-cp' }, { document: '61-2018-nd-cp' }],
        }),
      ]),
    ).toEqual([
      ['content/procedures/vi/a.mdx', 'channels[2].kind', 'the way "truc-tiep" is listed twice', 'Cách thực hiện này đã có ở trên.'],
      ['content/procedures/vi/a.mdx', 'legalBasis[2].document', '"61-2018-nd-cp" is cited twice', 'Văn bản này đã được dẫn ở trên.'],
    ]);
  });

  it('a check dated tomorrow is refused', () => {
    expect(rows([guide('a', 'vi', { checkedOn: '2026-12-01' })])).toEqual([['content/procedures/vi/a.mdx', 'checkedOn', '2026-12-01 is in the future', 'Ngày kiểm tra ở tương lai.']]);
  });

  it('a code used by another guide of the same language is refused, naming that guide', () => {
    expect(rows([guide('a', 'vi', { code: '1.001' }), guide('b', 'vi', { code: '1.001' }), guide('c', 'vi', { code: '1.002' })])).toEqual([
      ['content/procedures/vi/b.mdx', 'code', 'the code 1.001 is already used by content/procedures/vi/a.mdx', 'Mã 1.001 đã có (content/procedures/vi/a.mdx).'],
    ]);
  });

  it('change notes and withdrawal follow the shared rules', () => {
    expect(rows([guide('a', 'vi', { changes: [{ date: '2026-12-01', note: 'Sửa.' }], withdrawnOn: '2026-11-01' })])).toEqual([
      ['content/procedures/vi/a.mdx', 'changes[0].date', '2026-12-01 is in the future: a change is noted on the day it is made', 'Ngày cập nhật ở tương lai: ghi ngày thay đổi được thực hiện.'],
      ['content/procedures/vi/a.mdx', 'withdrawnReason', 'a withdrawn page needs the reason for its withdrawal', 'Trang đã gỡ cần ghi lý do gỡ bỏ.'],
    ]);
  });
});

describe('procedure rules: the facts are the same in the English translation', () => {
  const vi = guide('dang-ky', 'vi');
  const en = (data: Record<string, unknown>) => guide('dang-ky', 'en', data);
  const differs = (key: string, what: string) => [
    'content/procedures/en/dang-ky.mdx',
    key,
    `the ${what} differ from the Vietnamese original content/procedures/vi/dang-ky.mdx`,
    'Khác với bản tiếng Việt; thông tin này phải giống nhau ở hai ngôn ngữ.',
  ];

  it.each([
    ['another unit of the time limit', { channels: [{ kind: 'truc-tiep', timeLimit: 15, timeUnit: 'ngay', fee: 100000 }, { kind: 'truc-tuyen' }] }],
    ['another fee', { channels: [{ kind: 'truc-tiep', timeLimit: 15, timeUnit: 'ngay-lam-viec', fee: 50000 }, { kind: 'truc-tuyen' }] }],
    ['a fee left out', { channels: [{ kind: 'truc-tiep', timeLimit: 15, timeUnit: 'ngay-lam-viec' }, { kind: 'truc-tuyen' }] }],
  ])('ways, time limits and fees: %s', (_, data) => {
    expect(rows([vi, en(data)])).toEqual([differs('channels', 'ways, time limits and fees')]);
  });

  it('copies of the dossier items', () => {
    expect(rows([vi, en({ dossier: [{ copies: 2 }, {}] })])).toEqual([differs('dossier', 'dossier items and their copies')]);
  });

  it('cited documents', () => {
    expect(rows([vi, en({ legalBasis: [{ document: '45-2020-nd-cp' }] })])).toEqual([differs('legalBasis', 'cited documents')]);
  });

  it('an empty list of cited documents is the same as none', () => {
    expect(procedureRules([guide('a', 'vi', { legalBasis: [] }), guide('a', 'en', { legalBasis: undefined })])).toEqual([]);
  });

  it('a translation without its original is left to the general rule', () => {
    expect(procedureRules([vi, guide('khac', 'en', { dossier: [] })])).toEqual([]);
  });
});
