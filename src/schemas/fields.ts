/**
 * Field definitions shared by the zod schemas (which gate the build) and the Decap CMS configuration
 * (which editors see). Each builder returns both halves, so the two cannot drift apart: the CMS config
 * in admin/ is generated from these definitions, and a test compares the two field by field.
 */
import { z } from 'astro/zod';

/** A label or hint in both languages; the CMS shows the Vietnamese one to editors. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** The subset of Decap's field options this project uses. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean | 'duplicate';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  default?: unknown;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  value_type?: string;
  min?: number;
  max?: number;
  step?: number;
  summary?: string;
  collapsed?: boolean;
  pattern?: [string, string];
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  allow_add?: boolean;
  /** New items go on top of the list (change notes are newest first). */
  add_to_top?: boolean;
  buttons?: string[];
  editor_components?: string[];
}

export interface FieldDef<T extends z.ZodType = z.ZodType> {
  zod: T;
  label: Bilingual;
  optional: boolean;
  /** A choice's options in both languages (the CMS lists the Vietnamese ones; its preview shows either). */
  optionLabels?: Record<string, Bilingual>;
  cms: Omit<CmsField, 'name' | 'label' | 'required'>;
}

interface Common {
  /** Explains the field to an editor (Vietnamese), shown under the input in the CMS. */
  hint?: string;
  /** Translated per language (true) or the same value in both language files ('duplicate', the default). */
  translated?: boolean;
}

const i18nOf = (c: Common) => (c.translated ? true : ('duplicate' as const));

function def<T extends z.ZodType>(zod: T, label: Bilingual, c: Common, cms: FieldDef['cms']): FieldDef<T> {
  return { zod, label, optional: false, cms: { i18n: i18nOf(c), ...(c.hint ? { hint: c.hint } : {}), ...cms } };
}

/** Makes any field optional: it may be left out of the file (never left as an empty string). */
export function optional<T extends z.ZodType>(field: FieldDef<T>): FieldDef<z.ZodOptional<T>> {
  return { ...field, zod: field.zod.optional(), optional: true };
}

/** Text that must not be blank; NFC-normalised so that both Unicode forms of Vietnamese compare equal. */
export function nonBlank(max = 5000) {
  return z
    .string({ error: 'must be text' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` }));
}

export function text(label: Bilingual, c: Common & { multiline?: boolean; max?: number } = {}) {
  return def(nonBlank(c.max ?? (c.multiline ? 5000 : 500)), label, c, { widget: c.multiline ? 'text' : 'string' });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when a YYYY-MM-DD string names a day that exists (no 2020-13-45, no 2023-02-29). */
export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date stored as YYYY-MM-DD. The content gate reads the raw text, so an impossible date is
 * refused; inside Astro, whose YAML parser already turned it into a Date, it is converted back.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(ISO_DATE, { error: 'must be a date written YYYY-MM-DD' })
    .refine(isRealDate, { error: (issue) => `${JSON.stringify(issue.input)} is not a date that exists` }),
);

export function date(label: Bilingual, c: Common = {}) {
  return def(isoDate, label, c, {
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'DD/MM/YYYY',
    time_format: false,
  });
}

/** One value from a fixed list; the CMS offers the options with their Vietnamese labels. */
export function select<const V extends readonly [string, ...string[]]>(
  label: Bilingual,
  values: V,
  optionLabels: Record<V[number], Bilingual>,
  c: Common = {},
) {
  const zod = z.enum(values, {
    error: (issue) => `${JSON.stringify(issue.input)} is not one of: ${values.join(', ')}`,
  });
  const options = values.map((v: V[number]) => ({ label: optionLabels[v].vi, value: v }));
  return { ...def(zod, label, c, { widget: 'select', options }), optionLabels: optionLabels as Record<string, Bilingual> };
}

/** Several values from a fixed list (at least one). */
export function multiSelect<const V extends readonly [string, ...string[]]>(
  label: Bilingual,
  values: V,
  optionLabels: Record<V[number], Bilingual>,
  c: Common = {},
) {
  const zod = z
    .array(z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is not one of: ${values.join(', ')}` }))
    .min(1, { error: 'choose at least one' });
  const options = values.map((v: V[number]) => ({ label: optionLabels[v].vi, value: v }));
  return { ...def(zod, label, c, { widget: 'select', multiple: true, options }), optionLabels: optionLabels as Record<string, Bilingual> };
}

export function boolean(label: Bilingual, defaultValue: boolean, c: Common = {}) {
  return def(z.boolean({ error: 'must be true or false' }), label, c, { widget: 'boolean', default: defaultValue });
}

export function number(label: Bilingual, c: Common & { min?: number; integer?: boolean } = {}) {
  let zod = z.number({ error: 'must be a number' });
  if (c.integer) zod = zod.int({ error: 'must be a whole number' });
  if (c.min !== undefined) zod = zod.min(c.min, { error: `must be at least ${c.min}` });
  return def(zod, label, c, {
    widget: 'number',
    value_type: c.integer ? 'int' : 'float',
    ...(c.min !== undefined ? { min: c.min } : {}),
  });
}

/** A web address (https:// or http://) or a site path starting with "/". */
export function url(label: Bilingual, c: Common = {}) {
  const zod = nonBlank(2000).pipe(
    z.string().refine((s) => /^https?:\/\/[^\s]+$/.test(s) || /^\/[^\s]*$/.test(s), {
      error: 'must be a web address starting with https:// or a site path starting with /',
    }),
  );
  return def(zod, label, c, { widget: 'string' });
}

/** A file uploaded through the CMS (PDF of an original, a form); stored as a site path. */
export function file(label: Bilingual, c: Common & { folder?: string } = {}) {
  const zod = nonBlank(500).pipe(
    z.string().regex(/^\/[\w./-]+$/, { error: 'must be a site path such as /files/legal/61-2018-nd-cp.pdf' }),
  );
  return def(zod, label, c, {
    widget: 'file',
    ...(c.folder ? { media_folder: `/public${c.folder}`, public_folder: c.folder } : {}),
    choose_url: false,
  });
}

/** A slug of another entry, chosen from a list in the CMS; the content gate checks it exists. */
export function relation(label: Bilingual, collection: string, c: Common & { display?: string[] } = {}) {
  const zod = nonBlank(200).pipe(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be the slug of an entry, such as 61-2018-nd-cp' }),
  );
  return def(zod, label, c, {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: c.display ?? ['title'],
    display_fields: c.display ?? ['title'],
  });
}

export type Fields = Record<string, FieldDef>;

type ShapeOf<F extends Fields> = { [K in keyof F]: F[K]['zod'] };

/** A strict object: unknown keys are errors (they are usually a mistyped field name). */
export function objectOf<F extends Fields>(fields: F) {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.zod])) as ShapeOf<F>;
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'must be a group of fields') });
}

/** A list of groups of fields (steps, dossier items, relations…). */
export function list<F extends Fields>(label: Bilingual, fields: F, c: Common & { min?: number; summary?: string; addToTop?: boolean } = {}) {
  const zod = z.array(objectOf(fields), { error: 'must be a list' });
  const sized = c.min ? zod.min(c.min, { error: `must have at least ${c.min} item(s)` }) : zod;
  return def(sized, label, c, {
    widget: 'list',
    fields: cmsFields(fields, false),
    ...(c.summary ? { summary: c.summary } : {}),
    ...(c.addToTop ? { add_to_top: true } : {}),
  });
}

/** A list of plain strings. */
export function stringList(label: Bilingual, c: Common & { min?: number } = {}) {
  const zod = z.array(nonBlank(500), { error: 'must be a list' });
  return def(c.min ? zod.min(c.min, { error: `must have at least ${c.min} item(s)` }) : zod, label, c, { widget: 'list' });
}

/**
 * Dated change notes of a page, newest first: one for each change in substance (a status, a date, a
 * relation, a time limit), none for a typo fix. The oldest says when the page was first published.
 * Dates are shared by both languages; the notes are translated.
 */
export function changeNotes() {
  return list(
    { vi: 'Lịch sử cập nhật', en: 'Updates' },
    {
      date: date({ vi: 'Ngày cập nhật', en: 'Date' }),
      note: text({ vi: 'Nội dung thay đổi', en: 'What changed' }, {
        multiline: true,
        max: 1000,
        hint: 'Ví dụ: “Tình trạng hiệu lực: hết hiệu lực từ 01/07/2025, thay thế bởi 118/2025/NĐ-CP”. Không ghi khi chỉ sửa lỗi chính tả.',
      }),
    },
    {
      translated: true,
      min: 1,
      addToTop: true,
      summary: '{{fields.date}} – {{fields.note}}',
      hint: 'Thêm một dòng lên đầu danh sách cho mỗi thay đổi về nội dung (tình trạng, ngày, quan hệ, thời hạn…). Dòng cuối là ngày đăng tải lần đầu.',
    },
  );
}

/**
 * Taking a page down without deleting it (as GOV.UK withdraws a page): the date and the reason, shown
 * in a banner on the page, which stays where it was. Both or neither (a rule of the content gate).
 */
export function withdrawal() {
  return {
    withdrawnOn: optional(
      date({ vi: 'Ngày gỡ bỏ', en: 'Withdrawn on' }, {
        hint: 'Chỉ điền khi gỡ trang: trang vẫn còn, kèm thông báo đã gỡ, ngày và lý do. Không xoá mục.',
      }),
    ),
    withdrawnReason: optional(
      text({ vi: 'Lý do gỡ bỏ', en: 'Reason for withdrawal' }, { translated: true, multiline: true, max: 1000, hint: 'Ví dụ: “Đã được thay thế bởi …”.' }),
    ),
  };
}

/** The Decap field list for a set of definitions. Nested fields carry no i18n key (Decap takes it from the parent). */
export function cmsFields(fields: Fields, topLevel = true): CmsField[] {
  return Object.entries(fields).map(([name, f]) => {
    const { i18n, widget, ...rest } = f.cms;
    const field: CmsField = { name, label: f.label.vi, widget, required: !f.optional, ...rest };
    if (topLevel) field.i18n = i18n;
    return field;
  });
}

/** The schema of a whole entry's front matter. */
export function entrySchema<F extends Fields>(fields: F) {
  return objectOf(fields);
}
