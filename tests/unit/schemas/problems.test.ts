/**
 * How a schema's complaint reaches an editor (src/schemas/problems.ts): the field as written in the file
 * (relations[0].target), the English message with the field's Vietnamese label for the build, and the
 * Vietnamese message the CMS shows beside the field, one wording per kind of mistake. An unknown field
 * suggests the field the editor probably meant.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { date, list, number, objectOf, relation, select, stringList, text, url, type Fields } from '../../../src/schemas/fields.ts';
import { documentNumberField } from '../../../src/schemas/legal.ts';
import { describeIssues, fieldPath, withVietnameseHidden, type ContentProblem } from '../../../src/schemas/problems.ts';

const FILE = 'content/legal/vi/61-2018-nd-cp.mdx';

function fieldsForTest(): Fields {
  return {
    title: text({ vi: 'Tên văn bản', en: 'Title' }, { max: 10 }),
    number: documentNumberField(),
    issued: date({ vi: 'Ngày ban hành', en: 'Date of issue' }),
    kind: select({ vi: 'Loại văn bản', en: 'Kind' }, ['nghi-dinh', 'thong-tu'], {
      'nghi-dinh': { vi: 'Nghị định', en: 'Decree' },
      'thong-tu': { vi: 'Thông tư', en: 'Circular' },
    }),
    pages: number({ vi: 'Số trang', en: 'Pages' }, { integer: true, min: 1 }),
    website: url({ vi: 'Trang gốc', en: 'Original page' }),
    keywords: stringList({ vi: 'Từ khoá', en: 'Keywords' }, { min: 2 }),
    relations: list({ vi: 'Quan hệ', en: 'Relations' }, { target: relation({ vi: 'Văn bản liên quan', en: 'Related document' }, 'legal') }),
  };
}

/** The problems of one front matter, as [field, English message, Vietnamese message]. */
function problemsOf(data: Record<string, unknown>): [string | undefined, string, string | undefined][] {
  const fields = fieldsForTest();
  const result = objectOf(fields).partial().strict().safeParse(data);
  expect(result.success).toBe(false);
  return describeIssues(FILE, result.error!.issues, fields, data).map((p) => {
    expect(p.file).toBe(FILE);
    return [p.field, p.message, p.vi];
  });
}

describe('describeIssues: one Vietnamese wording per kind of mistake', () => {
  it('a required field left out', () => {
    const fields = { title: text({ vi: 'Tên văn bản', en: 'Title' }) };
    const data = {};
    const result = objectOf(fields).safeParse(data);
    expect(describeIssues(FILE, result.error!.issues, fields, data).map((p) => [p.field, p.message, p.vi])).toEqual([
      ['title', 'is required but missing (Tên văn bản)', 'Chưa điền (bắt buộc).'],
    ]);
  });

  it('a field left blank', () => {
    expect(problemsOf({ title: '   ' })).toEqual([['title', 'must not be empty (Tên văn bản)', 'Chưa điền (bắt buộc).']]);
  });

  it('text longer than the field allows', () => {
    expect(problemsOf({ title: 'Nghị định số 61' })).toEqual([['title', 'must be at most 10 characters (Tên văn bản)', 'Dài quá: nhiều nhất 10 ký tự.']]);
  });

  it('a list with too few items', () => {
    expect(problemsOf({ keywords: ['một cửa'] })).toEqual([['keywords', 'must have at least 2 item(s) (Từ khoá)', 'Cần ít nhất 2 mục.']]);
  });

  it('text shorter than a minimum of several characters, and a list with too many items', () => {
    const fields: Fields = {
      code: { ...text({ vi: 'Mã', en: 'Code' }), zod: z.string().min(3, { error: 'too short' }) },
      tags: { ...stringList({ vi: 'Chủ đề', en: 'Tags' }), zod: z.array(z.string()).max(2, { error: 'too many' }) },
    };
    const data = { code: 'ab', tags: ['a', 'b', 'c'] };
    const result = objectOf(fields).safeParse(data);
    expect(describeIssues(FILE, result.error!.issues, fields, data).map((p) => [p.field, p.message, p.vi])).toEqual([
      ['code', 'too short (Mã)', 'Cần ít nhất 3 ký tự.'],
      ['tags', 'too many (Chủ đề)', 'Nhiều nhất 2 mục.'],
    ]);
  });

  it('a value of the wrong kind (a number where text belongs, text where a number belongs)', () => {
    expect(problemsOf({ title: 61, pages: 'mười' })).toEqual([
      ['title', 'must be text (Tên văn bản)', 'Giá trị không đúng kiểu.'],
      ['pages', 'must be a number (Số trang)', 'Giá trị không đúng kiểu.'],
    ]);
  });

  it('a choice not in the list', () => {
    expect(problemsOf({ kind: 'quyet-dinh' })).toEqual([
      ['kind', '"quyet-dinh" is not one of: nghi-dinh, thong-tu (Loại văn bản)', 'Giá trị không có trong danh sách.'],
    ]);
  });

  it('a date not written YYYY-MM-DD, and a date that is not on the calendar', () => {
    expect(problemsOf({ issued: '23/04/2018' })[0]).toEqual(['issued', 'must be a date written YYYY-MM-DD (Ngày ban hành)', 'Ngày chưa đúng (dạng ngày/tháng/năm).']);
    expect(problemsOf({ issued: '2023-02-29' })).toEqual([['issued', '"2023-02-29" is not a date that exists (Ngày ban hành)', 'Ngày này không có trên lịch.']]);
  });

  it('a relation that is not a slug, in a list: the field names the item', () => {
    expect(problemsOf({ relations: [{ target: '61-2018-nd-cp' }, { target: 'Nghị định 61' }] })).toEqual([
      ['relations[1].target', 'must be the slug of an entry, such as 61-2018-nd-cp (Quan hệ)', 'Chưa đúng dạng. Xem hướng dẫn của trường này.'],
    ]);
  });

  it('a web address that is not one', () => {
    expect(problemsOf({ website: 'vbpl.vn/61' })).toEqual([
      ['website', 'must be a web address starting with https:// or a site path starting with / (Trang gốc)', 'Địa chỉ phải bắt đầu bằng https:// hoặc /.'],
    ]);
  });

  it('a document number written with a plain D, and one that is no number at all', () => {
    expect(problemsOf({ number: '61/2018/ND-CP' })).toEqual([
      ['number', '61/2018/ND-CP: write NĐ with the letter Đ, not ND (Số ký hiệu)', '61/2018/ND-CP: viết NĐ bằng chữ Đ (có gạch), như trên văn bản gốc.'],
    ]);
    expect(problemsOf({ number: 'Nghị định 61' })).toEqual([
      ['number', '"Nghị định 61" is not a document number as issued (such as 61/2018/NĐ-CP or 76/NQ-CP) (Số ký hiệu)', 'Chưa đúng dạng. Xem hướng dẫn của trường này.'],
    ]);
  });

  it('a rule of its own (a custom complaint) and any other kind of complaint', () => {
    const fields: Fields = {
      pages: { ...number({ vi: 'Số trang', en: 'Pages' }), zod: z.number().multipleOf(2, { error: 'must be even' }) },
      reached: { ...number({ vi: 'Kết quả', en: 'Reached' }), zod: z.number().refine((n) => n <= 100, { error: 'must be at most 100 per cent' }) },
    };
    const data = { pages: 3, reached: 120 };
    const result = objectOf(fields).safeParse(data);
    expect(describeIssues(FILE, result.error!.issues, fields, data).map((p) => [p.field, p.message, p.vi])).toEqual([
      ['pages', 'must be even (Số trang)', 'Chưa đúng. Xem hướng dẫn của trường này.'],
      ['reached', 'must be at most 100 per cent (Kết quả)', 'Chưa đúng dạng. Xem hướng dẫn của trường này.'],
    ]);
  });

  it('a complaint about a field the definitions do not name carries no label', () => {
    const data = { title: 61 };
    const result = objectOf(fieldsForTest()).partial().safeParse(data);
    expect(describeIssues(FILE, result.error!.issues, {}, data).map((p) => [p.field, p.message, p.vi])).toEqual([['title', 'must be text', 'Giá trị không đúng kiểu.']]);
  });

  it('a field missing inside a list item that is not there, or is null, is reported as missing', () => {
    const issue = { code: 'invalid_type', expected: 'string', path: ['relations', 0, 'target'], message: 'must be text', input: undefined } as unknown as z.core.$ZodIssue;
    for (const data of [{}, { relations: null }, null]) {
      expect(describeIssues(FILE, [issue], fieldsForTest(), data).map((p) => [p.field, p.message, p.vi])).toEqual([
        ['relations[0].target', 'is required but missing (Quan hệ)', 'Chưa điền (bắt buộc).'],
      ]);
    }
  });
});

describe('describeIssues: an unknown field', () => {
  it('suggests the field meant when the name is two letters off, in both languages', () => {
    expect(problemsOf({ titel: 'Nghị định' })).toEqual([['titel', 'unknown field (did you mean "title"?)', 'Trường lạ (có phải “title”?).']]);
  });

  it('suggests nothing for a name unlike any field', () => {
    expect(problemsOf({ signer: 'Nguyễn Văn A' })).toEqual([['signer', 'unknown field', 'Trường lạ.']]);
  });

  it('names the item of a list it sits in, without a suggestion from the top-level fields', () => {
    expect(problemsOf({ relations: [{ target: 'a', titel: 'x' }] })).toEqual([['relations[0].titel', 'unknown field', 'Trường lạ.']]);
  });
});

describe('the Vietnamese message rides along', () => {
  it('is readable and writable but left out of comparisons and JSON', () => {
    const p = withVietnameseHidden<ContentProblem>({ file: FILE, field: 'title', message: 'must not be empty', vi: 'Chưa điền (bắt buộc).' });
    expect(p.vi).toBe('Chưa điền (bắt buộc).');
    expect(JSON.stringify(p)).toBe(`{"file":"${FILE}","field":"title","message":"must not be empty"}`);
    expect(Object.getOwnPropertyDescriptor(p, 'vi')).toEqual({ value: 'Chưa điền (bắt buộc).', enumerable: false, writable: true, configurable: true });
    p.vi = 'Đã sửa.';
    expect(p.vi).toBe('Đã sửa.');
  });

  it('adds nothing to a problem that has no Vietnamese message', () => {
    const p = withVietnameseHidden<ContentProblem>({ file: FILE, message: 'the file must start with front matter' });
    expect(Object.getOwnPropertyNames(p)).toEqual(['file', 'message']);
  });

  it('field paths read as written in the file', () => {
    expect(fieldPath(['relations', 0, 'target'])).toBe('relations[0].target');
    expect(fieldPath([])).toBe('');
  });
});
