/**
 * The reform programme (src/schemas/programme.ts, programme.rules.ts): a value reached needs its date,
 * its source and a target to compare with; a target value needs its unit; target keys are unique; and every
 * figure of the English file is the Vietnamese original's.
 */
import { describe, expect, it } from 'vitest';
import { programmeSchema } from '../../../src/schemas/programme.ts';
import { programmeRules } from '../../../src/schemas/programme.rules.ts';
import type { GateEntry } from '../../../src/schemas/problems.ts';

const plan = (targets: Record<string, unknown>[]) => ({
  title: 'Kế hoạch cải cách hành chính năm 2024',
  year: 2024,
  plan: '431-kh-bql-2024',
  theme: 'Chuyển đổi số',
  purposes: ['Nâng cao nhận thức.'],
  requirements: ['Đẩy mạnh tuyên truyền.'],
  targets,
  sample: false,
});

/** The schema's complaints as [field path, message]. */
const complaints = (targets: Record<string, unknown>[]) => {
  const r = programmeSchema.safeParse(plan(targets));
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('programme schema: a target and what was reached', () => {
  it('accepts a target with its unit and a value reached with its date and source, and a target still without figures', () => {
    expect(
      complaints([
        { id: 'tthc-cong-khai', label: 'Thủ tục công khai', kind: 'exactly', target: 100, unit: 'percent', reached: 96, asOf: '2024-12-31', source: 'Báo cáo 12/BC-BQL' },
        { id: 'mot-cua', label: 'Một cửa điện tử' },
      ]),
    ).toEqual([]);
  });

  it('a value reached needs the date it was measured and its source', () => {
    expect(complaints([{ id: 'a', label: 'A', target: 100, unit: 'percent', reached: 96 }])).toEqual([
      ['targets.0.asOf', 'a value reached needs the date it was measured (Số liệu tính đến ngày)'],
      ['targets.0.source', 'a value reached needs its source (Nguồn số liệu)'],
    ]);
  });

  it('a target value needs its unit', () => {
    expect(complaints([{ id: 'a', label: 'A' }, { id: 'b', label: 'B', kind: 'at-least', target: 30 }])).toEqual([['targets.1.unit', 'a target value needs its unit']]);
  });

  it('a value reached needs a target value to compare with', () => {
    expect(complaints([{ id: 'a', label: 'A', reached: 96, asOf: '2024-12-31', source: 'Báo cáo' }])).toEqual([['targets.0.reached', 'a value reached needs a target value to compare with']]);
  });
});

function programme(lang: 'vi' | 'en', targets: Record<string, unknown>[]): GateEntry {
  return { collection: 'programme', lang, slug: 'ke-hoach-2024', file: `content/programme/${lang}/ke-hoach-2024.yaml`, data: plan(targets), body: '' };
}
const rows = (entries: GateEntry[]) => programmeRules(entries).map((p) => [p.file, p.field, p.message, (p as { vi?: string }).vi]);

describe('programme rules', () => {
  const viTargets = [
    { id: 'tthc-cong-khai', label: 'Thủ tục công khai', kind: 'exactly', target: 100, unit: 'percent' },
    { id: 'kiem-tra', label: 'Kiểm tra đơn vị', kind: 'at-least', target: 30, unit: 'percent', reached: 35, asOf: '2024-12-31', source: 'Báo cáo' },
  ];

  it('accept a translation with the same figures and translated labels', () => {
    const enTargets = viTargets.map((t) => ({ ...t, label: `EN ${t.id}`, source: t.source && 'Report' }));
    expect(programmeRules([programme('vi', viTargets), programme('en', enTargets)])).toEqual([]);
  });

  it('refuse a key used twice, pointing at the second', () => {
    expect(rows([programme('vi', [viTargets[0]!, viTargets[1]!, { ...viTargets[1]!, label: 'Lần nữa' }])])).toEqual([
      ['content/programme/vi/ke-hoach-2024.yaml', 'targets[2].id', 'the key "kiem-tra" is used twice', 'Mã này đã dùng ở trên.'],
    ]);
  });

  it('refuse a translation with another number of targets', () => {
    expect(rows([programme('vi', viTargets), programme('en', [viTargets[0]!])])).toEqual([
      ['content/programme/en/ke-hoach-2024.yaml', 'targets', 'has 1 targets; the Vietnamese original content/programme/vi/ke-hoach-2024.yaml has 2', 'Có 1 chỉ tiêu; bản tiếng Việt có 2.'],
    ]);
  });

  it('refuse a translation whose figures differ, pointing at the target', () => {
    expect(rows([programme('vi', viTargets), programme('en', [viTargets[0]!, { ...viTargets[1]!, reached: 53 }])])).toEqual([
      [
        'content/programme/en/ke-hoach-2024.yaml',
        'targets[1]',
        'key, kind, target, unit, value reached or date differ from the Vietnamese original content/programme/vi/ke-hoach-2024.yaml',
        'Số liệu khác với bản tiếng Việt.',
      ],
    ]);
  });

  it('compare an English file only with its Vietnamese original, whatever the order', () => {
    expect(rows([programme('en', [viTargets[0]!]), programme('vi', viTargets)])).toEqual([
      ['content/programme/en/ke-hoach-2024.yaml', 'targets', 'has 1 targets; the Vietnamese original content/programme/vi/ke-hoach-2024.yaml has 2', 'Có 1 chỉ tiêu; bản tiếng Việt có 2.'],
    ]);
  });
});
