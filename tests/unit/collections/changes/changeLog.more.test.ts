/**
 * The order of the change log (one comparator for the pages, the feeds and /api/changes.json), the links to
 * a page's updates, the exact Atom text a feed reader receives, and the change log as open data.
 */
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { byNewest, changeAnchor, changeLog, lastChanged, updatesHref, type ChangeItem } from '../../../../src/collections/changes/changeLog.ts';
import { atomDate, atomFeed } from '../../../../src/collections/changes/atom.ts';
import { changesApiPath, changesRegisterData, changesSchema, changesSchemaPath } from '../../../../src/collections/changes/openData.ts';

const item = (over: Partial<ChangeItem>): ChangeItem => ({ collection: 'legal', slug: '61-2018-nd-cp', name: 'Nghị định 61/2018/NĐ-CP', title: 'Về một cửa', date: '2026-11-29', note: 'Đăng tải lần đầu.', seq: 1, path: '/vi/van-ban/61-2018-nd-cp/', href: '/vi/van-ban/61-2018-nd-cp/#change-1', ...over });

describe('byNewest', () => {
  it('puts the newer day first', () => {
    expect(byNewest(item({ date: '2026-11-30' }), item({ date: '2026-11-29' }))).toBe(-1);
    expect(byNewest(item({ date: '2026-11-29' }), item({ date: '2026-11-30' }))).toBe(1);
    expect(byNewest(item({ date: '2025-12-31', collection: 'procedures' }), item({ date: '2026-01-01', collection: 'legal' }))).toBe(1);
  });

  it('on one day, puts legal documents before procedures, then pages by slug', () => {
    expect(byNewest(item({ collection: 'legal', slug: 'z' }), item({ collection: 'procedures', slug: 'a' }))).toBe(-1);
    expect(byNewest(item({ collection: 'procedures', slug: 'a' }), item({ collection: 'legal', slug: 'z' }))).toBe(1);
    expect(byNewest(item({ slug: '118-2025-nd-cp', seq: 1 }), item({ slug: '61-2018-nd-cp', seq: 5 }))).toBe(-1);
    expect(byNewest(item({ slug: '61-2018-nd-cp', seq: 1 }), item({ slug: '118-2025-nd-cp', seq: 5 }))).toBe(1);
  });

  it('on one page and day, puts its newer note first', () => {
    expect(byNewest(item({ seq: 3 }), item({ seq: 1 }))).toBe(-2);
    expect(byNewest(item({ seq: 1 }), item({ seq: 3 }))).toBe(2);
    expect(byNewest(item({}), item({}))).toBe(0);
  });
});

describe('changeLog', () => {
  it('orders the notes of pages given in any order, and numbers each page’s notes from its first publication', () => {
    const log = changeLog('vi', [
      { collection: 'procedures', slug: 'cap-giay-phep', name: 'Cấp giấy phép', title: 'Cấp giấy phép', changes: [{ date: '2026-12-02', note: 'Lệ phí mới.' }, { date: '2026-11-29', note: 'Đăng tải lần đầu.' }] },
      { collection: 'legal', slug: '61-2018-nd-cp', name: 'Nghị định 61/2018/NĐ-CP', title: 'Về một cửa', changes: [{ date: '2026-12-01', note: 'Hết hiệu lực.' }, { date: '2026-11-29', note: 'Đăng tải lần đầu.' }] },
    ]);
    expect(log.map((c) => [c.date, c.slug, c.seq, c.note])).toEqual([
      ['2026-12-02', 'cap-giay-phep', 2, 'Lệ phí mới.'],
      ['2026-12-01', '61-2018-nd-cp', 2, 'Hết hiệu lực.'],
      ['2026-11-29', '61-2018-nd-cp', 1, 'Đăng tải lần đầu.'],
      ['2026-11-29', 'cap-giay-phep', 1, 'Đăng tải lần đầu.'],
    ]);
    expect(log[0]).toEqual({ collection: 'procedures', slug: 'cap-giay-phep', name: 'Cấp giấy phép', title: 'Cấp giấy phép', date: '2026-12-02', note: 'Lệ phí mới.', seq: 2, path: '/vi/thu-tuc/cap-giay-phep/', href: '/vi/thu-tuc/cap-giay-phep/#change-2' });
  });

  it('takes no last change from a page with an empty list of notes', () => {
    expect(lastChanged([])).toBeUndefined();
    expect(lastChanged([{ date: '2026-12-01', note: 'a' }])).toBe('2026-12-01');
  });

  it('links to a note and to a page’s updates section in each language', () => {
    expect(changeAnchor(3)).toBe('change-3');
    expect(updatesHref('vi')).toBe('#lich-su-cap-nhat');
    expect(updatesHref('en', '/en/legal/61-2018-nd-cp/')).toBe('/en/legal/61-2018-nd-cp/#updates');
  });
});

describe('atomFeed', () => {
  it('writes exactly this Atom document, dated by its newest entry, with text and URLs escaped', () => {
    const xml = atomFeed({
      id: 'https://heza.gov.vn/vi/moi-cap-nhat/atom.xml',
      title: 'Văn bản & thủ tục – "BQL"',
      subtitle: 'Mới nhất <trước>',
      self: 'https://heza.gov.vn/vi/moi-cap-nhat/atom.xml',
      alternate: 'https://heza.gov.vn/vi/moi-cap-nhat/',
      lang: 'vi',
      author: 'Ban Quản lý Khu kinh tế Hải Phòng',
      entries: [
        { id: 'https://heza.gov.vn/vi/van-ban/a/#change-1', title: 'Nghị định 61/2018/NĐ-CP: Đăng tải lần đầu.', link: 'https://heza.gov.vn/vi/van-ban/a/?x=1&y=2', date: '2026-11-29', summary: 'Về một cửa. Đăng tải lần đầu.', category: { term: 'legal', label: 'Văn bản' } },
        { id: 'https://heza.gov.vn/vi/thu-tuc/b/#change-2', title: 'Cấp phép: lệ phí < 500.000 đồng', link: 'https://heza.gov.vn/vi/thu-tuc/b/', date: '2026-11-30', summary: 'Lệ phí & thời hạn.' },
        { id: 'https://heza.gov.vn/vi/van-ban/c/#change-1', title: 'c', link: 'https://heza.gov.vn/vi/van-ban/c/', date: '2026-11-28', summary: 'c' },
      ],
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
        '  <id>https://heza.gov.vn/vi/moi-cap-nhat/atom.xml</id>',
        '  <title>Văn bản &amp; thủ tục – &quot;BQL&quot;</title>',
        '  <subtitle>Mới nhất &lt;trước&gt;</subtitle>',
        '  <link rel="self" type="application/atom+xml" href="https://heza.gov.vn/vi/moi-cap-nhat/atom.xml"/>',
        '  <link rel="alternate" type="text/html" href="https://heza.gov.vn/vi/moi-cap-nhat/"/>',
        '  <updated>2026-11-30T00:00:00+07:00</updated>',
        '  <author><name>Ban Quản lý Khu kinh tế Hải Phòng</name></author>',
        '  <entry>',
        '    <id>https://heza.gov.vn/vi/van-ban/a/#change-1</id>',
        '    <title>Nghị định 61/2018/NĐ-CP: Đăng tải lần đầu.</title>',
        '    <link rel="alternate" type="text/html" href="https://heza.gov.vn/vi/van-ban/a/?x=1&amp;y=2"/>',
        '    <updated>2026-11-29T00:00:00+07:00</updated>',
        '    <published>2026-11-29T00:00:00+07:00</published>',
        '    <category term="legal" label="Văn bản"/>',
        '    <summary type="text">Về một cửa. Đăng tải lần đầu.</summary>',
        '  </entry>',
        '  <entry>',
        '    <id>https://heza.gov.vn/vi/thu-tuc/b/#change-2</id>',
        '    <title>Cấp phép: lệ phí &lt; 500.000 đồng</title>',
        '    <link rel="alternate" type="text/html" href="https://heza.gov.vn/vi/thu-tuc/b/"/>',
        '    <updated>2026-11-30T00:00:00+07:00</updated>',
        '    <published>2026-11-30T00:00:00+07:00</published>',
        '    <summary type="text">Lệ phí &amp; thời hạn.</summary>',
        '  </entry>',
        '  <entry>',
        '    <id>https://heza.gov.vn/vi/van-ban/c/#change-1</id>',
        '    <title>c</title>',
        '    <link rel="alternate" type="text/html" href="https://heza.gov.vn/vi/van-ban/c/"/>',
        '    <updated>2026-11-28T00:00:00+07:00</updated>',
        '    <published>2026-11-28T00:00:00+07:00</published>',
        '    <summary type="text">c</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('dates an empty feed by a fixed day, never the clock', () => {
    const xml = atomFeed({ id: 'urn:x', title: 't', subtitle: 's', self: 'https://x/atom.xml', alternate: 'https://x/', lang: 'en', author: 'a', entries: [] });
    expect(xml).toContain('\n  <updated>2026-01-01T00:00:00+07:00</updated>\n');
    expect(xml).not.toContain('<entry>');
    expect(atomDate('2026-02-03')).toBe('2026-02-03T00:00:00+07:00');
  });
});

describe('the change log as open data', () => {
  const site = new URL('https://heza.gov.vn');
  const titles = { vi: 'Văn bản, thủ tục mới cập nhật', en: 'Recent changes' };

  it('lists notes newest first across languages, an English-only page’s newer note in its place', () => {
    const vi = [item({ date: '2026-11-30', seq: 2, note: 'Hết hiệu lực.', href: '/vi/van-ban/61-2018-nd-cp/#change-2' }), item({})];
    const en = [
      item({ collection: 'procedures', slug: 'investor-visa', name: 'Investor visa', title: 'Investor visa', date: '2026-12-01', note: 'First published.', href: '/en/procedures/investor-visa/#change-1' }),
      item({ date: '2026-11-30', seq: 2, name: 'Decree 61/2018/NĐ-CP', note: 'No longer in force.', href: '/en/legal/61-2018-nd-cp/#change-2' }),
    ];
    const data = changesRegisterData({ vi, en }, titles, site);
    expect(data.title).toEqual(titles);
    expect(data.schema).toBe('https://heza.gov.vn/api/changes.schema.json');
    expect(data.count).toBe(3);
    expect(data.items.map((i) => `${i.date} ${i.collection}/${i.id}#${i.seq}`)).toEqual(['2026-12-01 procedures/investor-visa#1', '2026-11-30 legal/61-2018-nd-cp#2', '2026-11-29 legal/61-2018-nd-cp#1']);
    expect(data.items[0]).toEqual({
      collection: 'procedures',
      id: 'investor-visa',
      seq: 1,
      date: '2026-12-01',
      note: { vi: null, en: 'First published.' },
      name: { vi: null, en: 'Investor visa' },
      url: { vi: null, en: 'https://heza.gov.vn/en/procedures/investor-visa/#change-1' },
    });
    expect(data.items[1]!.note).toEqual({ vi: 'Hết hiệu lực.', en: 'No longer in force.' });
  });

  it('takes the date of the Vietnamese original when a translation’s differs', () => {
    const data = changesRegisterData({ vi: [item({ date: '2026-11-29' })], en: [item({ date: '2026-11-30', note: 'First published.' })] }, titles, site);
    expect(data.items.map((i) => [i.date, i.note])).toEqual([['2026-11-29', { vi: 'Đăng tải lần đầu.', en: 'First published.' }]]);
  });

  it('publishes a JSON Schema 2020-12 at its own URL that accepts the register and refuses a broken one', () => {
    expect(changesApiPath).toBe('/api/changes.json');
    expect(changesSchemaPath).toBe('/api/changes.schema.json');
    const schema = changesSchema(site);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://heza.gov.vn/api/changes.schema.json');
    expect(schema.title).toBe('Register changes (Văn bản, thủ tục mới cập nhật)');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uri', (v: string) => URL.canParse(v));
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(schema);
    const data = changesRegisterData({ vi: [item({})], en: [] }, titles, site);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(data) as any;
    broken.items[0].seq = 0;
    broken.items[0].collection = 'news';
    broken.items[0].date = '29/11/2026';
    expect(validate(broken)).toBe(false);
    expect([...new Set(validate.errors!.map((e) => e.instancePath))].sort()).toEqual(['/items/0/collection', '/items/0/date', '/items/0/seq']);
  });
});
