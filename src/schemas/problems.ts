/**
 * What the content gate reports, and how a zod issue becomes a problem an editor can act on: the file,
 * the field as written in the file (relations[0].target) and a message. Runtime-neutral: the build's
 * gate and the CMS use the same code.
 */
import type { z } from 'astro/zod';
import type { Lang } from '../i18n/locales.ts';
import type { Fields } from './fields.ts';
import type { CollectionName } from './index.ts';

export interface ContentProblem {
  /** Path relative to the project root, e.g. content/legal/vi/61-2018-nd-cp.mdx */
  file: string;
  /** Field path, e.g. relations[0].target; absent for problems of the whole file. */
  field?: string;
  line?: number;
  message: string;
  /** The same problem in Vietnamese, for editors (the CMS shows it beside the field). */
  vi?: string;
  /** A warning is reported but does not stop the build (used where a hard rule would fail an unchanged repository as time passes). */
  severity?: 'warning';
}

export interface GateEntry {
  collection: CollectionName;
  lang: Lang;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** A rule that spans the entries of one collection (those that passed their schema). */
export type Rule = (entries: GateEntry[]) => ContentProblem[];

/**
 * The Vietnamese message rides along without being part of the problem's value: reports, JSON and
 * comparisons see file, field, line and message as before; the CMS reads `vi`.
 */
export function withVietnameseHidden<P extends ContentProblem>(p: P): P {
  if (Object.prototype.propertyIsEnumerable.call(p, 'vi')) {
    const vi = p.vi;
    delete p.vi;
    Object.defineProperty(p, 'vi', { value: vi, enumerable: false, writable: true, configurable: true });
  }
  return p;
}

/** zod's issue path as the field name an editor sees in the file: relations[0].target */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function closest(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((c) => ({ c, d: distance(word.toLowerCase(), c.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** A zod issue in Vietnamese, by its kind (the English message stays the schema's own). */
function issueVi(issue: z.core.$ZodIssue, missing: boolean): string {
  if (missing) return 'Chưa điền (bắt buộc).';
  const raw = issue as unknown as { code: string; minimum?: number; maximum?: number; origin?: string; message: string };
  switch (raw.code) {
    case 'too_small':
      if (raw.origin === 'array') return `Cần ít nhất ${raw.minimum} mục.`;
      return raw.minimum === 1 ? 'Chưa điền (bắt buộc).' : `Cần ít nhất ${raw.minimum} ký tự.`;
    case 'too_big':
      return raw.origin === 'array' ? `Nhiều nhất ${raw.maximum} mục.` : `Dài quá: nhiều nhất ${raw.maximum} ký tự.`;
    case 'invalid_type':
      return 'Giá trị không đúng kiểu.';
    case 'invalid_value':
      return 'Giá trị không có trong danh sách.';
    case 'invalid_format':
      if (/date/i.test(raw.message)) return 'Ngày chưa đúng (dạng ngày/tháng/năm).';
      return 'Chưa đúng dạng. Xem hướng dẫn của trường này.';
    case 'custom': {
      const d = /^(.*?): write (\S+) with the letter Đ/.exec(raw.message);
      if (d) return `${d[1]}: viết ${d[2]} bằng chữ Đ (có gạch), như trên văn bản gốc.`;
      if (/does not exist|not a date/.test(raw.message)) return 'Ngày này không có trên lịch.';
      if (/web address/.test(raw.message)) return 'Địa chỉ phải bắt đầu bằng https:// hoặc /.';
      return 'Chưa đúng dạng. Xem hướng dẫn của trường này.';
    }
    default:
      return 'Chưa đúng. Xem hướng dẫn của trường này.';
  }
}

/** Turns zod issues into problems an editor can act on (in English for the build, in Vietnamese for the CMS). */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], fields: Fields, data: unknown): ContentProblem[] {
  const problems = issues.flatMap((issue): ContentProblem[] => {
    const base = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(fields);
      return issue.keys.map((key) => {
        const guess = base === '' ? closest(key, known) : undefined;
        return {
          file,
          field: base ? `${base}.${key}` : key,
          message: `unknown field${guess ? ` (did you mean "${guess}"?)` : ''}`,
          vi: `Trường lạ${guess ? ` (có phải “${guess}”?)` : ''}.`,
        };
      });
    }
    const top = issue.path[0];
    const label = typeof top === 'string' ? fields[top]?.label.vi : undefined;
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    const message = missing ? 'is required but missing' : issue.message;
    return [{ file, field: base || undefined, message: label ? `${message} (${label})` : message, vi: issueVi(issue, missing) }];
  });
  return problems.map(withVietnameseHidden);
}
