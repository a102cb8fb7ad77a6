/**
 * The Decap CMS configuration, generated from the same field definitions as the zod schemas
 * (src/schemas, `collectionDefs`), so that what editors can enter and what the build accepts cannot
 * disagree. `npm run cms:config` writes it to admin/config.yml; the site serves the effective one
 * (with the backend chosen by environment variables) at /admin/config.yml.
 */
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { defaultLang, langs } from '../i18n/locales.ts';
import { cmsFields, type CmsField } from '../schemas/fields.ts';
import { collectionDefs, type CollectionDef } from '../schemas/index.ts';
import { cmsBackend, type CmsEnv } from './backend.ts';
import { editorComponents, MDX_FORMAT, YAML_FORMAT } from './names.ts';
import { minItemsOf, patternsOf } from './validation.ts';


/**
 * Pictures (in a body, or an image field) are stored under src/assets/ and written as a path relative
 * to the entry (content/<collection>/<lang>/<slug>.mdx), so that Astro imports them and sharp resizes
 * them at build. Other files (PDFs, forms) are published as they are, from public/.
 */
export const MEDIA_FOLDER = 'src/assets/uploads';
export const PUBLIC_FOLDER = '../../../src/assets/uploads';
export const FILE_MEDIA_FOLDER = '/public/files/uploads';
export const FILE_PUBLIC_FOLDER = '/files/uploads';

/** The zod schema of each field of a list's items. */
function itemShape(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  let s: unknown = schema;
  for (let i = 0; i < 6 && s; i++) {
    const def = (s as { _zod: { def: { type: string; innerType?: unknown; element?: unknown; shape?: Record<string, z.ZodType> } } })._zod.def;
    if (def.type === 'object') return def.shape ?? {};
    s = def.type === 'array' ? def.element : def.innerType;
  }
  return {};
}

/**
 * What the schema says beyond the field builders: a file field without a folder of its own gets the
 * public uploads folder; a text field with a pattern and a list with a minimum are checked by Decap
 * before saving (the message names the field's rule in Vietnamese).
 */
function refine(fields: CmsField[], schemas: Record<string, z.ZodType>): CmsField[] {
  return fields.map((f) => {
    const schema = schemas[f.name];
    const out: CmsField = { ...f };
    if (f.fields) out.fields = refine(f.fields, itemShape(schema));
    if (f.widget === 'file' && !f.media_folder) Object.assign(out, { media_folder: FILE_MEDIA_FOLDER, public_folder: FILE_PUBLIC_FOLDER });
    if (schema && (f.widget === 'string' || f.widget === 'text') && !out.pattern) {
      const [pattern] = patternsOf(schema);
      if (pattern) out.pattern = [pattern.source, `Chưa đúng dạng. ${f.hint ?? 'Xem hướng dẫn của trường này.'}`];
    }
    if (schema && f.widget === 'list') {
      const min = minItemsOf(schema);
      if (min) out.min = min;
    }
    return out;
  });
}

/**
 * How the file name (slug) of a new entry is made: from its number when every entry has one
 * (61/2018/NĐ-CP → 61-2018-nd-cp), else from its title. An optional field would leave the name empty.
 */
function slugTemplate(def: CollectionDef): string {
  for (const key of ['number', 'code']) {
    const field = def.fields[key];
    if (field && !field.optional) return `{{${key}}}`;
  }
  return '{{title}}';
}

/** The date an entry is listed and sorted by: issued, checked, published… */
const DATE_FIELDS = ['issued', 'published', 'date', 'checkedOn'];
const dateFieldOf = (def: CollectionDef) => DATE_FIELDS.find((k) => k in def.fields);
/** Choices an editor filters and groups the list by. */
const FILTER_FIELDS = ['status', 'docType', 'field', 'level', 'kind'];

/** A list row: number or code, title, date, status and whether it is verified. */
function summaryOf(def: CollectionDef): string | undefined {
  if (!('title' in def.fields)) return undefined;
  const parts: string[] = [];
  const id = ['number', 'code'].find((k) => k in def.fields);
  parts.push(id ? `{{${id}}} – {{title}}` : '{{title}}');
  const date = dateFieldOf(def);
  if (date) parts.push(`{{${date} | date('DD/MM/YYYY')}}`);
  if ('status' in def.fields) parts.push('{{status}}');
  if ('verified' in def.fields) parts.push("{{verified | ternary('đã xác minh', 'chưa xác minh')}}");
  return parts.join(' · ');
}

/** Sorting by date, number and last update; filters and groups by the collection's choices and "verified". */
function listViews(def: CollectionDef): Record<string, unknown> {
  const date = dateFieldOf(def);
  const id = ['number', 'code'].find((k) => k in def.fields);
  const sortable = [date, id, 'title' in def.fields ? 'title' : undefined, 'commit_date'].filter(Boolean);
  const filters: { label: string; field: string; pattern: string | boolean }[] = [];
  const groups: { label: string; field: string; pattern?: string }[] = [];
  for (const name of FILTER_FIELDS) {
    const f = def.fields[name];
    if (!f || f.cms.widget !== 'select' || f.cms.multiple || !f.cms.options) continue;
    for (const o of f.cms.options) filters.push({ label: `${f.label.vi}: ${o.label}`, field: name, pattern: `^${o.value}$` });
    groups.push({ label: f.label.vi, field: name });
  }
  if ('verified' in def.fields) {
    filters.push({ label: 'Đã xác minh', field: 'verified', pattern: true }, { label: 'Chưa xác minh', field: 'verified', pattern: false });
    groups.push({ label: 'Đã xác minh', field: 'verified' });
  }
  if (date) groups.push({ label: `${def.fields[date]!.label.vi} (năm)`, field: date, pattern: '\\d{4}' });
  return {
    // The newest first by default (the date field), then number, title, last update.
    sortable_fields: sortable.map((field) => (field === date ? { field, default_sort: 'desc' } : field)),
    ...(filters.length ? { view_filters: filters } : {}),
    ...(groups.length ? { view_groups: groups } : {}),
  };
}

function bodyField(): CmsField {
  return {
    name: 'body',
    label: 'Nội dung',
    widget: 'markdown',
    required: false,
    i18n: true,
    hint: 'Gõ tự nhiên: dấu ngoặc nhọn { }, dấu < > và văn bản dán từ Word đều được lưu đúng như đã gõ.',
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: editorComponents,
  };
}

export function cmsCollection(name: string, def: CollectionDef): Record<string, unknown> {
  const fields = refine(cmsFields(def.fields), Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, f.zod])));
  const summary = summaryOf(def);
  const common = {
    name,
    label: def.label.vi,
    label_singular: def.label.vi,
    description: `Tên tiếng Anh: ${def.label.en}. Tệp: content/${def.folder}/vi/ (tiếng Việt) và content/${def.folder}/en/ (tiếng Anh).`,
    folder: `content/${def.folder}`,
    extension: def.extension,
    format: def.extension === 'mdx' ? MDX_FORMAT : YAML_FORMAT,
    i18n: true,
  };
  if (def.singleFile) {
    // Decap's file collections only know single_file i18n, so a settings file is a folder collection
    // holding exactly one entry, which editors can change but neither create nor delete.
    return { ...common, create: false, delete: false, fields };
  }
  return {
    ...common,
    create: true,
    // A page is taken down by withdrawing it (date and reason, shown in a banner), never deleted.
    ...('withdrawnOn' in def.fields ? { delete: false } : {}),
    slug: slugTemplate(def),
    ...(summary ? { summary } : {}),
    ...listViews(def),
    fields: def.extension === 'mdx' ? [...fields, bodyField()] : fields,
  };
}

export function cmsConfig(env: CmsEnv = {}): Record<string, unknown> {
  return {
    ...cmsBackend(env),
    locale: 'vi',
    logo_url: '/favicon.svg',
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // Slugs are ASCII kebab-case (61/2018/NĐ-CP → 61-2018-nd-cp), the same in both languages.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...langs], default_locale: defaultLang },
    collections: Object.entries(collectionDefs).map(([name, def]) => cmsCollection(name, def as CollectionDef)),
  };
}

export const GENERATED_HEADER =
  '# Generated by scripts/cms-config.mjs from src/schemas (collectionDefs) — do not edit.\n' +
  '# Change the field definitions instead, then run: npm run cms:config\n';

export function cmsConfigYaml(env: CmsEnv = {}): string {
  return GENERATED_HEADER + stringify(cmsConfig(env), { lineWidth: 0 });
}
