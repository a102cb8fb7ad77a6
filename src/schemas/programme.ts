/**
 * A reform plan of one year as data an editor keeps up to date: content/programme/{vi,en}/<slug>.yaml.
 * Each target holds what the plan asks (target and unit, where the plan gives a number) and what has
 * been reached, with the date it was measured. A value not known from a source is left out; the page
 * then shows "awaiting data". Numbers must be the same in both languages (a content rule).
 */
import type { z } from 'astro/zod';
import { boolean, date, entrySchema, list, number, optional, relation, select, stringList, text, type Bilingual } from './fields.ts';

export const targetUnits = ['percent', 'usd-billion'] as const;
export type TargetUnit = (typeof targetUnits)[number];
export const targetUnitLabels: Record<TargetUnit, Bilingual> = {
  percent: { vi: 'Phần trăm (%)', en: 'Per cent (%)' },
  'usd-billion': { vi: 'Tỷ USD', en: 'USD billion' },
};

export const targetKinds = ['at-least', 'exactly'] as const;
export const targetKindLabels: Record<(typeof targetKinds)[number], Bilingual> = {
  'at-least': { vi: 'Tối thiểu', en: 'At least' },
  exactly: { vi: 'Đạt', en: 'Reach' },
};

export const programmeFields = {
  title: text({ vi: 'Tên kế hoạch', en: 'Title of the plan' }, { translated: true }),
  year: number({ vi: 'Năm', en: 'Year' }, { integer: true, min: 2000 }),
  plan: relation({ vi: 'Văn bản kế hoạch', en: 'Plan document' }, 'legal', { display: ['number', 'title'] }),
  theme: text({ vi: 'Chủ đề năm của thành phố', en: 'The city’s theme of the year' }, { translated: true, multiline: true }),
  purposes: stringList({ vi: 'Mục đích', en: 'Purposes' }, { translated: true, min: 1 }),
  requirements: stringList({ vi: 'Yêu cầu', en: 'Requirements' }, { translated: true, min: 1 }),
  targets: list(
    { vi: 'Chỉ tiêu', en: 'Targets' },
    {
      id: text({ vi: 'Mã chỉ tiêu', en: 'Target key' }, { hint: 'Chữ thường không dấu, giống nhau ở hai ngôn ngữ, ví dụ tthc-cong-khai.' }),
      label: text({ vi: 'Chỉ tiêu', en: 'Target' }),
      kind: optional(select({ vi: 'Loại', en: 'Kind' }, targetKinds, targetKindLabels)),
      target: optional(number({ vi: 'Mức chỉ tiêu', en: 'Target value' }, { min: 0 })),
      unit: optional(select({ vi: 'Đơn vị', en: 'Unit' }, targetUnits, targetUnitLabels)),
      reached: optional(number({ vi: 'Kết quả đạt được', en: 'Value reached' }, { min: 0, hint: 'Để trống khi chưa có số liệu từ nguồn chính thức.' })),
      asOf: optional(date({ vi: 'Số liệu tính đến ngày', en: 'As of' })),
      source: optional(text({ vi: 'Nguồn số liệu', en: 'Source of the value' })),
    },
    { translated: true, min: 1, summary: '{{fields.label}}' },
  ),
  sample: boolean({ vi: 'Nội dung mẫu', en: 'Sample content' }, false),
};

export const programmeSchema = entrySchema(programmeFields).superRefine((d, ctx) => {
  d.targets.forEach((t, i) => {
    if (t.reached !== undefined && t.asOf === undefined) {
      ctx.addIssue({ code: 'custom', path: ['targets', i, 'asOf'], message: 'a value reached needs the date it was measured (Số liệu tính đến ngày)' });
    }
    if (t.reached !== undefined && t.source === undefined) {
      ctx.addIssue({ code: 'custom', path: ['targets', i, 'source'], message: 'a value reached needs its source (Nguồn số liệu)' });
    }
    if (t.target !== undefined && t.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['targets', i, 'unit'], message: 'a target value needs its unit' });
    }
    if (t.reached !== undefined && t.target === undefined) {
      ctx.addIssue({ code: 'custom', path: ['targets', i, 'reached'], message: 'a value reached needs a target value to compare with' });
    }
  });
});
export type ProgrammeData = z.output<typeof programmeSchema>;
export type Target = ProgrammeData['targets'][number];
