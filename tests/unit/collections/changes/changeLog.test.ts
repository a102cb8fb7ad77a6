/**
 * The change log, the lifecycle of a document and the Atom writer: pure functions, checked on small inputs
 * (and the Atom output read back by an independent parser, feedsmith).
 */
import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from 'feedsmith';
import { changeLog, lastChanged } from '../../../../src/collections/changes/changeLog.ts';
import { lifecycle } from '../../../../src/collections/legal/lifecycle.ts';
import { atomFeed } from '../../../../src/collections/changes/atom.ts';
import { changesRegister, changesRegisterData } from '../../../../src/collections/changes/openData.ts';

const first = { date: '2026-11-29', note: 'Đăng tải lần đầu.' };

describe('the change log', () => {
  const log = changeLog('vi', [
    { collection: 'procedures', slug: 'cap-giay-phep', name: 'Cấp giấy phép', title: 'Cấp giấy phép', changes: [first] },
    { collection: 'legal', slug: '61-2018-nd-cp', name: 'Nghị định 61/2018/NĐ-CP', title: 'Về một cửa', changes: [{ date: '2026-11-30', note: 'Hết hiệu lực từ 01/07/2025.' }, first] },
    { collection: 'legal', slug: '118-2025-nd-cp', name: 'Nghị định 118/2025/NĐ-CP', title: 'Về một cửa', changes: [first] },
  ]);

  it('lists every note, newest first, then by collection and page, whatever the order of the pages', () => {
    expect(log.map((c) => `${c.date} ${c.collection}/${c.slug}#${c.seq}`)).toEqual([
      '2026-11-30 legal/61-2018-nd-cp#2',
      '2026-11-29 legal/118-2025-nd-cp#1',
      '2026-11-29 legal/61-2018-nd-cp#1',
      '2026-11-29 procedures/cap-giay-phep#1',
    ]);
  });

  it('links each note on its page by a number counted from the first publication, so adding a note moves no link', () => {
    expect(log[0]!.href).toBe('/vi/van-ban/61-2018-nd-cp/#change-2');
    expect(log[2]!.href).toBe('/vi/van-ban/61-2018-nd-cp/#change-1');
    expect(log[3]!.path).toBe('/vi/thu-tuc/cap-giay-phep/');
    expect(changeLog('en', [{ collection: 'procedures', slug: 'x', name: 'X', title: 'X', changes: [first] }])[0]!.path).toBe('/en/procedures/x/');
  });

  it('takes a page’s last change from its newest note, and none from a page without notes', () => {
    expect(lastChanged([{ date: '2026-11-30', note: 'a' }, first])).toBe('2026-11-30');
    expect(lastChanged(undefined)).toBeUndefined();
  });

  it('gives the same items as open data, one per note, with both languages and the schema it publishes', () => {
    const en = changeLog('en', [{ collection: 'legal', slug: '61-2018-nd-cp', name: 'Decree 61/2018/NĐ-CP', title: 'One-stop', changes: [{ date: '2026-11-30', note: 'No longer in force since 1 July 2025.' }, { date: '2026-11-29', note: 'First published.' }] }]);
    const data = changesRegisterData({ vi: log, en }, { vi: 'Mới cập nhật', en: 'Recent changes' }, new URL('https://heza.gov.vn'));
    expect(changesRegister.safeParse(data).success).toBe(true);
    expect(data.count).toBe(4);
    expect(data.items[0]).toEqual({
      collection: 'legal',
      id: '61-2018-nd-cp',
      seq: 2,
      date: '2026-11-30',
      note: { vi: 'Hết hiệu lực từ 01/07/2025.', en: 'No longer in force since 1 July 2025.' },
      name: { vi: 'Nghị định 61/2018/NĐ-CP', en: 'Decree 61/2018/NĐ-CP' },
      url: { vi: 'https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/#change-2', en: 'https://heza.gov.vn/en/legal/61-2018-nd-cp/#change-2' },
    });
    expect(data.items.find((i) => i.id === 'cap-giay-phep')!.note.en).toBeNull();
  });
});

describe('the lifecycle of a document', () => {
  const doc = { issued: '2018-04-23', effective: '2018-06-21', expiry: '2025-07-01', status: 'het-hieu-luc-toan-bo' as const, changes: [{ date: '2026-11-30', note: 'Hết hiệu lực.' }, first] };
  const issued: Record<string, string> = { '107-2021-nd-cp': '2021-12-06', '118-2025-nd-cp': '2025-06-09', '01-2018-tt-vpcp': '2018-11-23', '431-kh-bql-2024': '2024-01-30' };
  const relations = [
    { type: 'thay-the' as const, direction: 'passive' as const, other: '118-2025-nd-cp' },
    { type: 'sua-doi-bo-sung' as const, direction: 'passive' as const, other: '107-2021-nd-cp' },
    { type: 'dan-chieu' as const, direction: 'passive' as const, other: '431-kh-bql-2024' },
    { type: 'huong-dan' as const, direction: 'passive' as const, other: '01-2018-tt-vpcp' },
  ];

  it('orders issue, effect, guidance, amendment, replacement, end and the portal’s updates by date; citations are not steps', () => {
    const events = lifecycle(doc, relations, (s) => issued[s], '2026-11-30');
    expect(events.map((e) => `${e.date ?? '?'} ${e.kind}${e.relation ? `:${e.relation.type}` : ''}`)).toEqual([
      '2018-04-23 issued',
      '2018-06-21 effective',
      '2018-11-23 relation:huong-dan',
      '2021-12-06 relation:sua-doi-bo-sung',
      '2025-06-09 relation:thay-the',
      '2025-07-01 ended',
      '2026-11-29 update',
      '2026-11-30 update',
    ]);
    expect(events.every((e) => !e.upcoming)).toBe(true);
  });

  it('keeps unknown dates unknown and marks dates still to come', () => {
    const events = lifecycle({ issued: '2026-11-01', status: 'het-hieu-luc-toan-bo', changes: [first] }, [], () => undefined, '2026-11-30');
    expect(events.map((e) => [e.kind, e.date])).toEqual([['issued', '2026-11-01'], ['effective', undefined], ['ended', undefined], ['update', '2026-11-29']]);
    const ahead = lifecycle({ issued: '2026-11-01', effective: '2027-01-01', status: 'chua-co-hieu-luc' }, [], () => undefined, '2026-11-30');
    expect(ahead.find((e) => e.kind === 'effective')).toMatchObject({ date: '2027-01-01', upcoming: true });
  });
});

describe('the Atom writer', () => {
  const xml = atomFeed({
    id: 'https://heza.gov.vn/vi/moi-cap-nhat/atom.xml',
    title: 'Văn bản, thủ tục mới cập nhật – <BQL> & "KKT"',
    subtitle: 'Mọi thay đổi',
    self: 'https://heza.gov.vn/vi/moi-cap-nhat/atom.xml',
    alternate: 'https://heza.gov.vn/vi/moi-cap-nhat/',
    lang: 'vi',
    author: 'Ban Quản lý Khu kinh tế Hải Phòng',
    entries: [
      { id: 'https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/#change-2', title: 'Nghị định 61/2018/NĐ-CP: hết hiệu lực', link: 'https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/', date: '2026-11-30', summary: 'a < b', category: { term: 'legal', label: 'Văn bản' } },
      { id: 'https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/#change-1', title: 'Đăng tải lần đầu', link: 'https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/', date: '2026-11-29', summary: 'Đăng tải lần đầu.' },
    ],
  });

  it('is Atom that an independent parser reads back, text escaped, dated by its newest entry (never by the clock)', () => {
    const feed = parseAtomFeed(xml);
    expect(feed.title?.value).toBe('Văn bản, thủ tục mới cập nhật – <BQL> & "KKT"');
    expect(feed.updated).toBe('2026-11-30T00:00:00+07:00');
    expect(feed.entries).toHaveLength(2);
    expect(feed.entries![0]!.summary?.value).toBe('a < b');
    expect(feed.entries![0]!.links![0]!.href).toBe('https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/');
    expect(atomFeed({ ...parseInput(), entries: [] })).toContain('<updated>2026-01-01T00:00:00+07:00</updated>');
  });
});

function parseInput() {
  return { id: 'urn:x', title: 't', subtitle: 's', self: 'https://x/atom.xml', alternate: 'https://x/', lang: 'vi', author: 'a', entries: [] };
}
