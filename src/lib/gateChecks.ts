/**
 * The content gate's checks that need no file system: a file's front matter against its collection's
 * schema, and the rules that span files (a translation agrees with its Vietnamese original, references
 * name an entry that exists, each collection's own rules). The build's gate (contentGate.ts) runs them
 * on the files under content/; the CMS (admin/gate.ts) runs the same code in the browser on the entry
 * being edited together with the other entries of its collection, before anything is saved.
 *
 * Every problem carries an English message (build output) and a Vietnamese one (`vi`, for editors).
 */
import type { z } from 'astro/zod';
import type { Lang } from '../i18n/locales.ts';
import { collectionDefs, type CollectionDef, type CollectionName } from '../schemas/index.ts';
import type { Fields } from '../schemas/fields.ts';
import { collectionRules } from './contentRules.ts';

export interface ContentProblem {
  /** Path relative to the project root, e.g. content/legal/vi/61-2018-nd-cp.mdx */
  file: string;
  /** Field path, e.g. relations[0].target; absent for problems of the whole file. */
  field?: string;
  line?: number;
  message: string;
  /** The same problem in Vietnamese, for editors (the CMS shows it beside the field). */
  vi?: string;
}

export interface GateEntry {
  collection: CollectionName;
  lang: Lang;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
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
  const raw = issue as unknown as { code: string; minimum?: number; maximum?: number; origin?: string; format?: string; message: string };
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
    case 'custom':
      if (/letter Đ/.test(raw.message)) return raw.message.replace(/^(.*?): write (\S+) with the letter Đ.*$/, '$1: viết $2 bằng chữ Đ (có gạch), như trên văn bản gốc.');
      if (/does not exist|not a date/.test(raw.message)) return 'Ngày này không có trên lịch.';
      if (/web address/.test(raw.message)) return 'Địa chỉ phải bắt đầu bằng https:// hoặc /.';
      return 'Chưa đúng dạng. Xem hướng dẫn của trường này.';
    default:
      return 'Chưa đúng. Xem hướng dẫn của trường này.';
  }
}

/** Turns zod issues into problems an editor can act on. */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], fields: Fields, data: unknown): ContentProblem[] {
  return issues.flatMap((issue) => {
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
}

/** A file's front matter against its collection's schema: the parsed data, or the problems. */
export function checkEntryData(
  file: string,
  def: CollectionDef,
  data: unknown,
): { ok: true; data: Record<string, unknown> } | { ok: false; problems: ContentProblem[] } {
  const result = def.schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data as Record<string, unknown> };
  return { ok: false, problems: describeIssues(file, result.error.issues, def.fields, data) };
}

/** Every field of a widget kind in a set of fields (nested lists too), with the path to reach its values. */
export function fieldsOfWidget(fields: Fields, widget: string, prefix = ''): { path: string; collection?: string }[] {
  return Object.entries(fields).flatMap(([name, f]) => {
    if (f.cms.widget === widget) return [{ path: prefix + name, collection: f.cms.collection }];
    const nested = f.cms.fields;
    if (f.cms.widget === 'list' && nested) {
      const sub = Object.fromEntries(nested.map((n) => [n.name, { cms: n } as unknown as Fields[string]]));
      return fieldsOfWidget(sub, widget, `${prefix}${name}[].`);
    }
    return [];
  });
}

/** Values at a path like relations[].target, with the concrete field path of each. */
export function valuesAt(data: unknown, path: string): { field: string; value: unknown }[] {
  const [head, ...rest] = path.split('.');
  if (!head || data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  if (head.endsWith('[]')) {
    const key = head.slice(0, -2);
    const items = record[key];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item, i) =>
      valuesAt(item, rest.join('.')).map((v) => ({ ...v, field: `${key}[${i}]${v.field ? `.${v.field}` : ''}` })),
    );
  }
  if (rest.length === 0) return head in record ? [{ field: head, value: record[head] }] : [];
  return valuesAt(record[head], rest.join('.')).map((v) => ({ ...v, field: `${head}.${v.field}` }));
}

/**
 * The rules of one collection that span files: each translation agrees with its Vietnamese original
 * on every shared fact, references name an entry that exists (`targets`: the Vietnamese slugs of each
 * collection), and the collection's own rules (contentRules.ts).
 */
export function collectionProblems(
  name: CollectionName,
  list: GateEntry[],
  targets: (collection: string) => Set<string>,
): ContentProblem[] {
  const def = collectionDefs[name] as CollectionDef;
  const problems: ContentProblem[] = [];
  const vi = new Map(list.filter((e) => e.lang === 'vi').map((e) => [e.slug, e]));
  for (const en of list.filter((e) => e.lang === 'en')) {
    const original = vi.get(en.slug);
    if (!original) {
      problems.push({
        file: en.file,
        message: `there is no Vietnamese original content/${def.folder}/vi/${en.slug}.${def.extension}`,
        vi: 'Bản tiếng Anh không có bản tiếng Việt gốc.',
      });
      continue;
    }
    for (const [key, f] of Object.entries(def.fields)) {
      if (f.cms.i18n !== 'duplicate') continue;
      if (JSON.stringify(original.data[key]) !== JSON.stringify(en.data[key])) {
        problems.push({
          file: en.file,
          field: key,
          message: `differs from the Vietnamese original (${original.file}); this fact must be the same in both languages`,
          vi: 'Khác với bản tiếng Việt; thông tin này phải giống nhau ở hai ngôn ngữ.',
        });
      }
    }
  }
  for (const rel of fieldsOfWidget(def.fields, 'relation')) {
    const known = targets(rel.collection ?? '');
    for (const e of list) {
      for (const { field, value } of valuesAt(e.data, rel.path)) {
        if (typeof value === 'string' && !known.has(value)) {
          problems.push({
            file: e.file,
            field,
            message: `refers to "${value}", which is not an entry of ${rel.collection}`,
            vi: `Dẫn tới “${value}”, không có mục nào như vậy.`,
          });
        }
      }
    }
  }
  problems.push(...(collectionRules[name]?.(list) ?? []));
  return problems;
}
