/**
 * The checks that span entries (src/schemas/rules.ts): a translation has its Vietnamese original and
 * shares its facts; a reference names a Vietnamese entry of the right collection, and the problem points
 * at the field as written in the file (legalBasis[1].document).
 */
import { describe, expect, it } from 'vitest';
import { eventFields } from '../../../src/schemas/events.ts';
import { legalFields } from '../../../src/schemas/legal.ts';
import { procedureFields } from '../../../src/schemas/procedures.ts';
import type { GateEntry } from '../../../src/schemas/problems.ts';
import { entryProblems, fieldsOfWidget, valuesAt } from '../../../src/schemas/rules.ts';

describe('fieldsOfWidget', () => {
  it('finds the references to other entries, in lists too, with the collection they name', () => {
    expect(fieldsOfWidget(eventFields, 'relation')).toEqual([{ path: 'plan', collection: 'programme' }]);
    expect(fieldsOfWidget(legalFields, 'relation')).toEqual([{ path: 'relations[].target', collection: 'legal' }]);
    expect(fieldsOfWidget(procedureFields, 'relation')).toEqual([{ path: 'legalBasis[].document', collection: 'legal' }]);
  });

  it('finds the fields of any widget', () => {
    expect(fieldsOfWidget(eventFields, 'datetime')).toEqual([{ path: 'date', collection: undefined }]);
  });
});

describe('valuesAt', () => {
  it('gives each value in a list with the field as written in the file', () => {
    const data = { legalBasis: [{ document: '61-2018-nd-cp' }, { note: 'x' }, { document: '45-2020-nd-cp' }] };
    expect(valuesAt(data, 'legalBasis[].document')).toEqual([
      { field: 'legalBasis[0].document', value: '61-2018-nd-cp' },
      { field: 'legalBasis[2].document', value: '45-2020-nd-cp' },
    ]);
  });

  it('follows a group of fields', () => {
    expect(valuesAt({ contact: { email: 'thu@vi.du' } }, 'contact.email')).toEqual([{ field: 'contact.email', value: 'thu@vi.du' }]);
    expect(valuesAt({ contact: { phone: '1' } }, 'contact.email')).toEqual([]);
  });

  it('gives nothing where the field is absent or not a list or group', () => {
    expect(valuesAt({}, 'plan')).toEqual([]);
    expect(valuesAt({ plan: undefined }, 'plan')).toEqual([{ field: 'plan', value: undefined }]);
    expect(valuesAt({ legalBasis: 'không có' }, 'legalBasis[].document')).toEqual([]);
    expect(valuesAt({ legalBasis: [null, 'x'] }, 'legalBasis[].document')).toEqual([]);
    expect(valuesAt(null, 'plan')).toEqual([]);
    expect(valuesAt('ke-hoach-2024', 'plan')).toEqual([]);
    expect(valuesAt({ plan: 'x' }, '')).toEqual([]);
  });
});

describe('entryProblems', () => {
  const event = (slug: string, lang: 'vi' | 'en', data: Record<string, unknown> = {}): GateEntry => ({
    collection: 'events',
    lang,
    slug,
    file: `content/events/${lang}/${slug}.yaml`,
    data: { title: lang === 'vi' ? 'Hạn báo cáo năm 2024' : 'Annual report due', date: '2024-11-03', kind: 'annual-report', description: 'Gửi báo cáo.', plan: 'ke-hoach-2024', ...data },
    body: '',
  });
  const programme = (slug: string, lang: 'vi' | 'en'): GateEntry => ({ collection: 'programme', lang, slug, file: `content/programme/${lang}/${slug}.yaml`, data: { targets: [] }, body: '' });
  const rows = (entries: GateEntry[]) => entryProblems(entries).map((p) => [p.file, p.field, p.message, p.vi]);

  it('accepts a translation that shares the facts of its original and refers to an entry that exists', () => {
    expect(entryProblems([event('bao-cao-nam-2024', 'vi'), event('bao-cao-nam-2024', 'en'), programme('ke-hoach-2024', 'vi')])).toEqual([]);
  });

  it('refuses a translation without its original, naming the file it expects', () => {
    expect(rows([event('bao-cao-nam-2024', 'en'), programme('ke-hoach-2024', 'vi')])).toEqual([
      ['content/events/en/bao-cao-nam-2024.yaml', undefined, 'there is no Vietnamese original content/events/vi/bao-cao-nam-2024.yaml', 'Bản tiếng Anh không có bản tiếng Việt gốc.'],
    ]);
  });

  it('refuses a translation whose shared fact differs, but not one whose translated text differs', () => {
    expect(rows([event('bao-cao-nam-2024', 'vi'), event('bao-cao-nam-2024', 'en', { date: '2024-11-04', description: 'Send the report.' }), programme('ke-hoach-2024', 'vi')])).toEqual([
      [
        'content/events/en/bao-cao-nam-2024.yaml',
        'date',
        'differs from the Vietnamese original (content/events/vi/bao-cao-nam-2024.yaml); this fact must be the same in both languages',
        'Khác với bản tiếng Việt; thông tin này phải giống nhau ở hai ngôn ngữ.',
      ],
    ]);
  });

  it('refuses a reference to an entry that exists only in English or only in another collection', () => {
    expect(
      rows([
        event('a', 'vi', { plan: 'ke-hoach-2025' }),
        event('b', 'vi', { plan: 'a' }),
        programme('ke-hoach-2024', 'vi'),
        programme('ke-hoach-2024', 'en'),
        programme('ke-hoach-2025', 'en'),
      ]),
    ).toEqual([
      // Collection by collection: the programme comes before the reporting calendar.
      ['content/programme/en/ke-hoach-2025.yaml', undefined, 'there is no Vietnamese original content/programme/vi/ke-hoach-2025.yaml', 'Bản tiếng Anh không có bản tiếng Việt gốc.'],
      ['content/events/vi/a.yaml', 'plan', 'refers to "ke-hoach-2025", which is not an entry of programme', 'Dẫn tới “ke-hoach-2025”, không có mục nào như vậy.'],
      ['content/events/vi/b.yaml', 'plan', 'refers to "a", which is not an entry of programme', 'Dẫn tới “a”, không có mục nào như vậy.'],
    ]);
  });

  it('keeps the Vietnamese message out of the problem as compared and written out', () => {
    const [p] = entryProblems([event('bao-cao-nam-2024', 'en'), programme('ke-hoach-2024', 'vi')]);
    expect(JSON.stringify(p)).toBe('{"file":"content/events/en/bao-cao-nam-2024.yaml","message":"there is no Vietnamese original content/events/vi/bao-cao-nam-2024.yaml"}');
  });
});
