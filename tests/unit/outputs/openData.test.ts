/**
 * Open data registers (/api/<collection>.json) and their JSON Schemas, built from small hand-written entries:
 * the exact fields a re-user reads (id, page URLs per language, each language's fields, count, schema link),
 * dates and images as plain JSON, and a register that validates against the schema it links to (Ajv, the
 * validator a consumer would use) while a broken one does not.
 */
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { apiSchemaPath, entryUrl, openCollections, openDataRegister, openDataSchema, plainValue } from '../../../src/outputs/openData.ts';

const site = new URL('https://heza.gov.vn');
const noEntryPages = () => false;

function validator(schema: Record<string, unknown>) {
  const a = new Ajv2020({ allErrors: true, strict: false });
  a.addFormat('uri', (v: string) => URL.canParse(v));
  return a.compile(schema);
}

const quarterVi = { title: 'Hạn báo cáo quý I năm 2024', date: '2024-03-03', kind: 'quarterly-report', description: 'Gửi báo cáo quý I, năm 2024 về Văn phòng Ban Quản lý.' };
const yearVi = { title: 'Hạn báo cáo năm 2024', date: '2024-11-03', kind: 'annual-report', description: 'Gửi báo cáo kết quả năm 2024, trước ngày 03/11/2024.' };
const yearEn = { title: '2024 annual report due', date: '2024-11-03', kind: 'annual-report', description: 'Send the 2024 report by 3 November 2024.' };
const meetingEn = { title: 'Investor meeting', date: '2024-05-20', kind: 'other', description: 'A meeting with investors, in English only.' };

describe('entryUrl: the page an open-data item links to', () => {
  it('is the entry’s own page in each language when the section has one', () => {
    expect(entryUrl('legal', 'vi', '61-2018-nd-cp', () => true)).toBe('/vi/van-ban/61-2018-nd-cp/');
    expect(entryUrl('legal', 'en', '61-2018-nd-cp', () => true)).toBe('/en/legal/61-2018-nd-cp/');
    expect(entryUrl('procedures', 'vi', 'cap-giay-phep', () => true)).toBe('/vi/thu-tuc/cap-giay-phep/');
  });

  it('is the section page that lists it otherwise; events are shown in the reporting calendar', () => {
    expect(entryUrl('events', 'vi', 'bao-cao-nam-2024', noEntryPages)).toBe('/vi/lich-bao-cao/');
    expect(entryUrl('events', 'en', 'bao-cao-nam-2024', noEntryPages)).toBe('/en/reporting-calendar/');
    expect(entryUrl('programme', 'vi', 'ke-hoach-2024', noEntryPages)).toBe('/vi/chuong-trinh-cai-cach/');
  });

  it('asks about the section and language the entry is shown in', () => {
    const asked: string[] = [];
    const only = (section: string, lang: string) => (asked.push(`${section}/${lang}`), section === 'calendar' && lang === 'en');
    expect(entryUrl('events', 'en', 'bao-cao-nam-2024', only)).toBe('/en/reporting-calendar/bao-cao-nam-2024/');
    expect(entryUrl('events', 'vi', 'bao-cao-nam-2024', only)).toBe('/vi/lich-bao-cao/');
    expect(asked).toEqual(['calendar/en', 'calendar/vi']);
  });

  it('is null for a collection no section shows', () => {
    expect(entryUrl('settings', 'vi', 'site', () => true)).toBeNull();
    expect(entryUrl('attachments', 'en', 'x', () => true)).toBeNull();
  });
});

describe('plainValue: front-matter values as JSON', () => {
  it('writes a date as its day, in lists and nested objects too', () => {
    expect(plainValue(new Date('2018-04-23T00:00:00Z'), site)).toBe('2018-04-23');
    expect(plainValue([new Date('2025-07-01T00:00:00Z'), 'Nghị định'], site)).toEqual(['2025-07-01', 'Nghị định']);
    expect(plainValue({ sources: [{ title: 'Công báo', date: new Date('2018-05-02T00:00:00Z') }] }, site)).toEqual({ sources: [{ title: 'Công báo', date: '2018-05-02' }] });
  });

  it('turns an image into the absolute URL of the built file', () => {
    const image = { src: '/_astro/toa-nha.Bq1x2.webp', width: 1200, height: 630, format: 'webp' };
    expect(plainValue(image, site)).toBe('https://heza.gov.vn/_astro/toa-nha.Bq1x2.webp');
    expect(plainValue({ title: 'Khai trương', image }, site)).toEqual({ title: 'Khai trương', image: 'https://heza.gov.vn/_astro/toa-nha.Bq1x2.webp' });
  });

  it('keeps an object that only looks a little like an image as it is', () => {
    expect(plainValue({ src: 'anh.png', width: 10 }, site)).toEqual({ src: 'anh.png', width: 10 });
    expect(plainValue({ src: 'anh.png', format: 'png' }, site)).toEqual({ src: 'anh.png', format: 'png' });
    expect(plainValue({ width: 10, format: 'png' }, site)).toEqual({ width: 10, format: 'png' });
    expect(plainValue({ src: 5, width: 10, format: 'png' }, site)).toEqual({ src: 5, width: 10, format: 'png' });
    expect(plainValue({ src: 'anh.png', width: '10', format: 'png' }, site)).toEqual({ src: 'anh.png', width: '10', format: 'png' });
    expect(plainValue({ src: 'anh.png', width: 10, format: 2 }, site)).toEqual({ src: 'anh.png', width: 10, format: 2 });
  });

  it('leaves text, numbers, booleans and null alone', () => {
    expect(plainValue('Ban Quản lý, Khu kinh tế', site)).toBe('Ban Quản lý, Khu kinh tế');
    expect(plainValue(42, site)).toBe(42);
    expect(plainValue(false, site)).toBe(false);
    expect(plainValue(null, site)).toBeNull();
    expect(plainValue(undefined, site)).toBeUndefined();
  });
});

describe('openDataRegister', () => {
  it('has one item per slug, sorted, with both language versions, null where a language has none', () => {
    const data = openDataRegister(
      'events',
      { vi: [{ slug: 'bao-cao-quy-i-2024', data: quarterVi }, { slug: 'bao-cao-nam-2024', data: yearVi }], en: [{ slug: 'bao-cao-nam-2024', data: yearEn }, { slug: 'hop-nha-dau-tu', data: meetingEn }] },
      site,
      noEntryPages,
    );
    expect(data).toEqual({
      collection: 'events',
      title: { vi: 'Lịch báo cáo', en: 'Reporting calendar' },
      schema: 'https://heza.gov.vn/api/events.schema.json',
      count: 3,
      items: [
        { id: 'bao-cao-nam-2024', url: { vi: 'https://heza.gov.vn/vi/lich-bao-cao/', en: 'https://heza.gov.vn/en/reporting-calendar/' }, vi: yearVi, en: yearEn },
        { id: 'bao-cao-quy-i-2024', url: { vi: 'https://heza.gov.vn/vi/lich-bao-cao/', en: null }, vi: quarterVi, en: null },
        { id: 'hop-nha-dau-tu', url: { vi: null, en: 'https://heza.gov.vn/en/reporting-calendar/' }, vi: null, en: meetingEn },
      ],
    });
  });

  it('links each language version to its own page and writes images and dates as JSON', () => {
    const image = { src: '/_astro/khai-truong.C9x.webp', width: 1200, height: 630, format: 'webp' };
    const data = openDataRegister(
      'news',
      { vi: [{ slug: 'khai-truong', data: { title: 'Khai trương Bộ phận một cửa', date: new Date('2026-11-29T00:00:00Z'), image } }], en: [{ slug: 'khai-truong', data: { title: 'One-stop desk opens', date: new Date('2026-11-29T00:00:00Z') } }] },
      site,
      (section) => section === 'news',
    );
    expect(data.count).toBe(1);
    expect(data.items).toEqual([
      {
        id: 'khai-truong',
        url: { vi: 'https://heza.gov.vn/vi/tin-tuc/khai-truong/', en: 'https://heza.gov.vn/en/news/khai-truong/' },
        vi: { title: 'Khai trương Bộ phận một cửa', date: '2026-11-29', image: 'https://heza.gov.vn/_astro/khai-truong.C9x.webp' },
        en: { title: 'One-stop desk opens', date: '2026-11-29' },
      },
    ]);
  });

  it('is an empty register, counted 0, for a collection without entries', () => {
    expect(openDataRegister('legal', { vi: [], en: [] }, site, () => true)).toEqual({
      collection: 'legal',
      title: { vi: 'Văn bản pháp luật', en: 'Legal documents' },
      schema: 'https://heza.gov.vn/api/legal.schema.json',
      count: 0,
      items: [],
    });
  });
});

describe('openDataSchema', () => {
  it('is a JSON Schema 2020-12 document at the URL the register links to, named in both languages', () => {
    const schema = openDataSchema('events', site);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://heza.gov.vn/api/events.schema.json');
    expect(schema.title).toBe('Reporting calendar (Lịch báo cáo)');
    expect(openDataSchema('legal', site).title).toBe('Legal documents (Văn bản pháp luật)');
    expect(apiSchemaPath('procedures')).toBe('/api/procedures.schema.json');
  });

  it('describes the register’s fields for a re-user: the slug pattern, URLs or null, a count of at least 0', () => {
    const schema = openDataSchema('events', site) as { type: string; required: string[]; properties: Record<string, any> };
    expect(schema.type).toBe('object');
    expect([...schema.required].sort()).toEqual(['collection', 'count', 'items', 'schema', 'title']);
    const p = schema.properties;
    expect(p.collection).toMatchObject({ type: 'string', const: 'events' });
    expect(p.title.properties).toEqual({ vi: { type: 'string' }, en: { type: 'string' } });
    expect(p.schema).toMatchObject({ type: 'string', format: 'uri' });
    expect(p.count).toMatchObject({ type: 'integer', minimum: 0 });
    const item = p.items.items;
    expect([...item.required].sort()).toEqual(['en', 'id', 'url', 'vi']);
    expect(item.properties.id).toMatchObject({ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'The slug: the same in both languages, the file name in content/.' });
    expect(item.properties.url.description).toBe('Absolute URL of the page in each language; null where that language has no version (or no page).');
    expect(Object.keys(item.properties.url.properties)).toEqual(['vi', 'en']);
    expect(item.properties.vi.description).toBe("The vi version's fields (null when there is none).");
    expect(item.properties.en.description).toBe("The en version's fields (null when there is none).");
  });

  it('accepts the register it describes and rejects a broken one', () => {
    const data = openDataRegister('events', { vi: [{ slug: 'bao-cao-nam-2024', data: yearVi }], en: [{ slug: 'hop-nha-dau-tu', data: meetingEn }] }, site, noEntryPages);
    const validate = validator(openDataSchema('events', site));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(data) as any;
    broken.items[0].id = 'Bao cao 2024';
    broken.items[0].url.en = 'not a url';
    broken.items[1].en.date = '20/05/2024';
    broken.count = -1;
    broken.collection = 'legal';
    expect(validate(broken)).toBe(false);
    const paths = validate.errors!.map((e) => e.instancePath);
    for (const path of ['/items/0/id', '/items/0/url/en', '/items/1/en/date', '/count', '/collection']) expect(paths, path).toContain(path);
  });

  it('accepts one-language slugs made of several words and digits, and refuses upper case, spaces and stray dashes', () => {
    const validate = validator(openDataSchema('events', site));
    const withId = (id: string) => ({ collection: 'events', title: { vi: 'a', en: 'b' }, schema: 'https://heza.gov.vn/api/events.schema.json', count: 1, items: [{ id, url: { vi: null, en: null }, vi: null, en: null }] });
    for (const id of ['bao-cao-nam-2024', '431-kh-bql-2024', 'a']) expect(validate(withId(id)), id).toBe(true);
    for (const id of ['Bao-cao', 'bao cao', '-bao-cao', 'bao-cao-', 'bao--cao', 'báo-cáo', 'x.2024', '']) expect(validate(withId(id)), id).toBe(false);
  });
});

describe('openCollections', () => {
  it('publishes every entry collection and not the site settings file', () => {
    expect([...openCollections].sort()).toEqual(['events', 'legal', 'news', 'procedures', 'programme']);
  });
});
