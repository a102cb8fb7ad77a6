/**
 * Fills a new entry in Decap the way an editor would, for any collection: every required field, and
 * the optional ones that hold a relation or an upload (so each test entry has a relation, list items
 * and an upload where its collection offers them). Text values are picked so that the field's own zod
 * schema accepts them, so the helper follows the schemas as they change.
 */
import { z } from 'astro/zod';
import type { Locator, Page } from 'playwright-core';
import type { CmsField, Fields } from '../../src/schemas/fields.ts';
import { cmsFields } from '../../src/schemas/fields.ts';
import { choose, control } from './decapUi.ts';
import { FACT_WIDGETS } from '../../src/cms/sharedFacts.ts';

const TEXT_CANDIDATES = [
  'Nội dung thử nghiệm: giá {50.000} đồng, a < b',
  'Nội dung thử nghiệm',
  'https://heza.gov.vn/thu-nghiem',
  '/vi/',
  '12/2024/QĐ-UBND',
  'thu-nghiem@heza.gov.vn',
  '0225 3 000 000',
  '1.000001',
  'thu-nghiem',
];

const PDF = { name: 'tep-thu-nghiem.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% sample\n%%EOF\n') };
// A 1×1 PNG.
const PNG = {
  name: 'anh-thu-nghiem.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
};

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else break;
  }
  return s;
}

/** The zod schema of a field nested in a list field. */
function nestedZod(list: z.ZodType, name: string): z.ZodType | undefined {
  const arr = unwrap(list);
  if (!(arr instanceof z.ZodArray)) return undefined;
  const obj = unwrap(arr.element as z.ZodType);
  return obj instanceof z.ZodObject ? (obj.shape as Record<string, z.ZodType>)[name] : undefined;
}

function textFor(schema: z.ZodType | undefined, prefix = ''): string {
  for (const c of TEXT_CANDIDATES) {
    const value = prefix && !/^[/h\d]/.test(c) ? `${prefix} ${c}` : c;
    if (!schema || schema.safeParse(value).success) return value;
  }
  throw new Error('no candidate text passes the schema of this field');
}

const holdsRelationOrUpload = (f: CmsField): boolean =>
  ['relation', 'file', 'image'].includes(f.widget) || (f.fields ?? []).some(holdsRelationOrUpload);

let uploads = 0;

async function uploadFile(page: Page, scope: Locator, image: boolean) {
  // Each upload gets its own name and content: Decap asks before replacing a file of the same name,
  // and keeps one pending upload per content hash, so two identical files would count as one.
  uploads += 1;
  const file = image ? PNG : PDF;
  const named = {
    ...file,
    name: file.name.replace('.', `-${uploads}.`),
    buffer: Buffer.concat([file.buffer, Buffer.from(`\n% upload ${uploads}\n`)]),
  };
  await scope.getByRole('button', { name: image ? 'Chọn một hình' : 'Chọn một tập tin' }).last().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Tải lên', { exact: true }).click();
  await (await chooser).setFiles(named);
  await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
}

async function fillOne(page: Page, scope: Locator, f: CmsField, zod: z.ZodType | undefined, prefix: string, nth: 'first' | 'last', lang: 'vi' | 'en') {
  const c = nth === 'first' ? control(scope, f.name) : scope.locator(`[id^="${f.name}-field-"]`).last();
  switch (f.widget) {
    case 'string':
    case 'text':
      await c.fill(textFor(zod, prefix));
      return;
    case 'number':
      await c.fill(String(f.min ?? 1));
      return;
    case 'datetime':
      await c.fill('2026-11-20');
      return;
    case 'boolean':
      return;
    case 'select':
      await choose(page, scope, f.name, f.options![0]!.label);
      return;
    case 'relation': {
      await c.click();
      const option = page.locator('[class*="option"]').first();
      await option.waitFor({ state: 'visible', timeout: 15_000 });
      await option.click();
      return;
    }
    case 'file':
    case 'image':
      await uploadFile(
        page,
        scope.locator(`[aria-label="${f.widget} field"]`).filter({ has: page.locator(`label[for^="${f.name}-field-"]`) }).last(),
        f.widget === 'image',
      );
      return;
    case 'list': {
      if (!f.fields) {
        // A list of plain strings is one text box, items separated by commas.
        await c.fill(`${prefix} mục một, ${prefix} mục hai`);
        return;
      }
      // In the English pane, a list with facts shared by both languages has the items of the
      // Vietnamese list and no add button: only the texts of its (last) item are typed there.
      const mirrored = lang === 'en' && f.i18n === true && f.fields.some((sub) => FACT_WIDGETS.has(sub.widget));
      const started = (await c.locator('[id*="-field-"]').count()) > 0;
      if (mirrored && !started) return;
      // A required list the CMS has already started (a new entry's first change note) is left as it is.
      if (!mirrored && f.required !== false && started) return;
      if (!mirrored) await c.getByRole('button', { name: /^(Add|Thêm)/ }).first().click();
      for (const sub of f.fields) {
        if (mirrored && FACT_WIDGETS.has(sub.widget)) continue;
        if (sub.required === false && !holdsRelationOrUpload(sub)) continue;
        // Items are filled alike in both languages, as an editor does with "Fill in from another
        // locale": some collections require their keys, kinds and figures to match across languages.
        await fillOne(page, c, sub, zod ? nestedZod(zod, sub.name) : undefined, '', 'last', lang);
      }
      return;
    }
    default:
      throw new Error(`the test filler does not know the widget "${f.widget}" (field ${f.name})`);
  }
}

/**
 * Fills the fields of one language pane. In the English pane only translated fields are editable
 * (Decap copies the others from Vietnamese).
 */
export async function fillEntry(page: Page, scope: Locator, fields: Fields, lang: 'vi' | 'en', prefix: string, skip: readonly string[] = []) {
  const uploads = cmsFields(fields).filter((f) => ['file', 'image'].includes(f.widget)).map((f) => f.name);
  for (const f of cmsFields(fields)) {
    if (lang === 'en' && f.i18n !== true) continue;
    if (skip.includes(f.name)) continue;
    // An optional field is filled when it holds a relation or an upload, or describes one (imageAlt).
    const companion = uploads.some((u) => f.name !== u && f.name.startsWith(u));
    if (f.required === false && !holdsRelationOrUpload(f) && !companion) continue;
    await fillOne(page, scope, f, fields[f.name]?.zod, prefix, 'first', lang);
  }
}

/** Inserts a picture at the end of a pane's body: the Image component, an upload, alt text. */
export async function insertImage(page: Page, scope: Locator) {
  const body = scope.locator('[aria-label="markdown field"]').first();
  await body.getByRole('button', { name: /Add Component|Thêm thành phần|\+/ }).first().click();
  await page.getByRole('menuitem', { name: 'Image' }).or(page.getByText('Image', { exact: true })).first().click();
  await uploadFile(page, body, true);
  await body.locator('input[id^="alt-field-"]').last().fill('Ảnh thử nghiệm');
}
