/**
 * How a procedure's facts read on a page: a time limit ("15 ngày" / "15 days"), a fee ("Không thu phí",
 * "VND 1,000,000"), or null when the fact is unknown, so the page can say it is awaiting verification.
 */
import type { Lang } from '../../i18n/locales.ts';
import { procedureFields, timeUnitLabels, type ProcedureField, type TimeUnit } from '../../schemas/procedures.vocab.ts';

export function formatTimeLimit(c: { timeLimit?: number; timeUnit?: TimeUnit }, lang: Lang): string | null {
  if (c.timeLimit === undefined || c.timeUnit === undefined) return null;
  return `${c.timeLimit} ${timeUnitLabels[c.timeUnit][lang]}`;
}

/** A fee in đồng; 0 is shown as free (only ever stored when a source says so). */
export function formatFee(c: { fee?: number }, lang: Lang): string | null {
  if (c.fee === undefined) return null;
  if (c.fee === 0) return lang === 'vi' ? 'Không thu phí' : 'Free';
  return lang === 'vi' ? `${c.fee.toLocaleString('vi-VN')} đồng` : `VND ${c.fee.toLocaleString('en-GB')}`;
}

/** schema.org Duration for a time limit in calendar days or hours; working days have no exact duration. */
export function isoDuration(c: { timeLimit?: number; timeUnit?: TimeUnit }): string | null {
  if (c.timeLimit === undefined) return null;
  if (c.timeUnit === 'ngay') return `P${c.timeLimit}D`;
  if (c.timeUnit === 'gio') return `PT${c.timeLimit}H`;
  return null;
}

/** Items grouped by field, in the vocabulary's order, empty groups left out. */
export function groupByField<T extends { data: { field: ProcedureField } }>(items: T[]): { field: ProcedureField; items: T[] }[] {
  return procedureFields.map((field) => ({ field, items: items.filter((p) => p.data.field === field) })).filter((g) => g.items.length > 0);
}
