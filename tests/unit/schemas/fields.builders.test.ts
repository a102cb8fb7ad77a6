/**
 * The field builders of src/schemas/fields.ts as an editor meets them: which web addresses and site paths
 * are accepted, what a wrong choice or a wrong group says, which calendar dates exist, and the CMS field
 * list generated from the definitions (required unless optional, translated or duplicated at the top
 * level only). The builders are called inside each test, as a collection's module does on import.
 */
import { describe, expect, it } from 'vitest';
import { cmsFields, isRealDate, list, multiSelect, objectOf, optional, text, url } from '../../../src/schemas/fields.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe('url', () => {
  it.each(['https://vbpl.vn/61-2018', 'http://congbao.chinhphu.vn', '/files/legal/61-2018-nd-cp.pdf', '/'])('accepts %s', (value) => {
    expect(url({ vi: 'Trang gốc', en: 'Original page' }).zod.safeParse(value)).toEqual({ success: true, data: value });
  });

  it.each(['vbpl.vn/61-2018', 'xem https://vbpl.vn', 'https://vbpl.vn/61 2018', 'ftp://vbpl.vn', 'files/a.pdf', '/files/a b.pdf'])('refuses %s', (value) => {
    expect(messages(url({ vi: 'Trang gốc', en: 'Original page' }).zod.safeParse(value))).toEqual(['must be a web address starting with https:// or a site path starting with /']);
  });
});

describe('choices and groups', () => {
  it('a multiple choice names the value that is not in the list and the values that are', () => {
    const tags = multiSelect({ vi: 'Chủ đề', en: 'Tags' }, ['mot-cua', 'bao-cao'], { 'mot-cua': { vi: 'Một cửa', en: 'One-stop shop' }, 'bao-cao': { vi: 'Báo cáo', en: 'Reporting' } });
    expect(messages(tags.zod.safeParse(['mot-cua', 'tin-tuc']))).toEqual(['"tin-tuc" is not one of: mot-cua, bao-cao']);
    expect(messages(tags.zod.safeParse([]))).toEqual(['choose at least one']);
  });

  it('a group of fields refuses text in its place, and an unknown field by its name', () => {
    const group = objectOf({ title: text({ vi: 'Tiêu đề', en: 'Title' }) });
    expect(messages(group.safeParse('Tiêu đề'))).toEqual(['must be a group of fields']);
    const unknown = group.safeParse({ title: 'Tin', titel: 'Tin' });
    expect(unknown.error?.issues.map((i) => [i.code, (i as { keys?: string[] }).keys])).toEqual([['unrecognized_keys', ['titel']]]);
  });
});

describe('isRealDate', () => {
  it('refuses a year written before 100, which the calendar would move to the 1900s', () => {
    expect(isRealDate('0050-01-01')).toBe(false);
    expect(isRealDate('2050-01-01')).toBe(true);
  });
});

describe('cmsFields', () => {
  const fields = () => ({
    title: text({ vi: 'Tiêu đề', en: 'Title' }, { translated: true }),
    code: optional(text({ vi: 'Mã', en: 'Code' }, { hint: 'Mã trên Cổng dịch vụ công quốc gia.' })),
    steps: list({ vi: 'Các bước', en: 'Steps' }, { what: text({ vi: 'Việc cần làm', en: 'What to do' }, { translated: true }) }, { translated: true, min: 1 }),
  });

  it('lists the fields with their Vietnamese labels, required unless optional, with the language setting at the top level only', () => {
    expect(cmsFields(fields())).toEqual([
      { name: 'title', label: 'Tiêu đề', widget: 'string', required: true, i18n: true },
      { name: 'code', label: 'Mã', widget: 'string', required: false, i18n: 'duplicate', hint: 'Mã trên Cổng dịch vụ công quốc gia.' },
      { name: 'steps', label: 'Các bước', widget: 'list', required: true, i18n: true, fields: [{ name: 'what', label: 'Việc cần làm', widget: 'string', required: true }] },
    ]);
  });

  it('leaves the language setting out for fields inside a list', () => {
    expect(cmsFields(fields(), false).map((f) => Object.keys(f).includes('i18n'))).toEqual([false, false, false]);
  });
});
