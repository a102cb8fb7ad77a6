/**
 * A dated event of the reporting calendar: content/events/{vi,en}/<slug>.yaml. Dates are all-day
 * calendar dates in Việt Nam; the calendar page and the .ics feed are generated from these files.
 */
import type { z } from 'astro/zod';
import { date, entrySchema, optional, relation, select, text, type Bilingual } from './fields.ts';

export const eventKinds = ['quarterly-report', 'annual-report', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventKindLabels: Record<EventKind, Bilingual> = {
  'quarterly-report': { vi: 'Báo cáo quý', en: 'Quarterly report' },
  'annual-report': { vi: 'Báo cáo năm', en: 'Annual report' },
  other: { vi: 'Sự kiện khác', en: 'Other event' },
};

export const eventFields = {
  title: text({ vi: 'Tên sự kiện', en: 'Title' }, { translated: true, max: 200 }),
  date: date({ vi: 'Ngày', en: 'Date' }, { hint: 'Với hạn nộp “trước ngày …”, ghi chính ngày đó.' }),
  kind: select({ vi: 'Loại', en: 'Kind' }, eventKinds, eventKindLabels),
  description: text({ vi: 'Mô tả', en: 'Description' }, { translated: true, multiline: true, max: 1000 }),
  audience: optional(text({ vi: 'Đơn vị thực hiện', en: 'Who must act' }, { translated: true })),
  plan: optional(relation({ vi: 'Kế hoạch', en: 'Plan' }, 'programme')),
};

export const eventSchema = entrySchema(eventFields);
export type EventData = z.output<typeof eventSchema>;
