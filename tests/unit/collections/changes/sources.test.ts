/**
 * The change log and its Atom feeds as the pages and feed routes read them, with the content loader
 * replaced by a small register (two legal documents and one procedure, in two languages): which pages feed
 * the log, how a document is named, what one collection's log holds, and every field of the feed a feed
 * reader shows (read back by an independent parser, feedsmith).
 */
import { describe, expect, it, vi } from 'vitest';
import { parseAtomFeed } from 'feedsmith';

const register = {
  legal: {
    vi: [
      { slug: '61-2018-nd-cp', data: { docType: 'nghi-dinh', number: '61/2018/NĐ-CP', title: 'Về thực hiện cơ chế một cửa, một cửa liên thông', changes: [{ date: '2026-11-30', note: 'Hết hiệu lực từ 01/07/2025.' }, { date: '2026-11-29', note: 'Đăng tải lần đầu.' }] } },
      { slug: '01-2018-tt-vpcp', data: { docType: 'thong-tu', number: '01/2018/TT-VPCP', title: 'Hướng dẫn Nghị định 61/2018/NĐ-CP', changes: [{ date: '2026-11-29', note: 'Đăng tải lần đầu.' }] } },
    ],
    en: [{ slug: '61-2018-nd-cp', data: { docType: 'nghi-dinh', number: '61/2018/NĐ-CP', title: 'On the one-stop mechanism', changes: [{ date: '2026-11-30', note: 'No longer in force since 1 July 2025.' }, { date: '2026-11-29', note: 'First published.' }] } }],
  },
  procedures: {
    vi: [{ slug: 'cap-giay-phep-lao-dong', data: { title: 'Cấp giấy phép lao động', changes: [{ date: '2026-11-30', note: 'Cập nhật lệ phí, thời hạn.' }] } }],
    en: [{ slug: 'cap-giay-phep-lao-dong', data: { title: 'Work permit', changes: [{ date: '2026-11-30', note: 'Fees and time limit updated.' }] } }],
  },
  settings: {
    vi: { authorityName: 'Ban Quản lý Khu kinh tế Hải Phòng', authorityShortName: 'BQL KKT Hải Phòng' },
    en: { authorityName: 'Hai Phong Economic Zone Authority', authorityShortName: 'HEZA' },
  },
};

vi.mock('../../../../src/collections/query.ts', () => ({
  loadLegal: async (lang: 'vi' | 'en') => register.legal[lang],
  loadProcedures: async (lang: 'vi' | 'en') => register.procedures[lang],
  loadSettings: async (lang: 'vi' | 'en') => register.settings[lang],
}));

const { changeSources, changesFeed, loadChangeLog } = await import('../../../../src/collections/changes/sources.ts');

const site = new URL('https://heza.gov.vn');

describe('the pages whose notes make the change log', () => {
  it('are the legal documents, named by type and number, then the procedure guides, named by title', async () => {
    expect(await changeSources('vi')).toEqual([
      { collection: 'legal', slug: '61-2018-nd-cp', name: 'Nghị định 61/2018/NĐ-CP', title: 'Về thực hiện cơ chế một cửa, một cửa liên thông', changes: register.legal.vi[0]!.data.changes },
      { collection: 'legal', slug: '01-2018-tt-vpcp', name: 'Thông tư 01/2018/TT-VPCP', title: 'Hướng dẫn Nghị định 61/2018/NĐ-CP', changes: register.legal.vi[1]!.data.changes },
      { collection: 'procedures', slug: 'cap-giay-phep-lao-dong', name: 'Cấp giấy phép lao động', title: 'Cấp giấy phép lao động', changes: register.procedures.vi[0]!.data.changes },
    ]);
    expect((await changeSources('en')).map((s) => s.name)).toEqual(['Decree 61/2018/NĐ-CP', 'Work permit']);
  });
});

describe('loadChangeLog', () => {
  it('lists every note of a language, newest first', async () => {
    const log = await loadChangeLog('vi');
    expect(log.map((c) => `${c.date} ${c.collection}/${c.slug}#${c.seq}`)).toEqual([
      '2026-11-30 legal/61-2018-nd-cp#2',
      '2026-11-30 procedures/cap-giay-phep-lao-dong#1',
      '2026-11-29 legal/01-2018-tt-vpcp#1',
      '2026-11-29 legal/61-2018-nd-cp#1',
    ]);
  });

  it('lists only the chosen collection’s notes when asked', async () => {
    expect((await loadChangeLog('vi', 'procedures')).map((c) => c.href)).toEqual(['/vi/thu-tuc/cap-giay-phep-lao-dong/#change-1']);
    expect((await loadChangeLog('en', 'legal')).map((c) => c.href)).toEqual(['/en/legal/61-2018-nd-cp/#change-2', '/en/legal/61-2018-nd-cp/#change-1']);
  });
});

describe('changesFeed', () => {
  it('is an Atom response titled for the register and its authority, linking to itself and to the changes page', async () => {
    const res = await changesFeed('vi', site);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">');
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe('https://heza.gov.vn/vi/moi-cap-nhat/atom.xml');
    expect(feed.title?.value).toBe('Văn bản, thủ tục mới cập nhật – BQL KKT Hải Phòng');
    expect(feed.subtitle?.value).toBe('Mọi thay đổi về nội dung của văn bản pháp luật và hướng dẫn thủ tục trên cổng thông tin, mới nhất trước.');
    expect(feed.links?.map((l) => [l.rel, l.href])).toEqual([
      ['self', 'https://heza.gov.vn/vi/moi-cap-nhat/atom.xml'],
      ['alternate', 'https://heza.gov.vn/vi/moi-cap-nhat/'],
    ]);
    expect(feed.authors?.map((a) => a.name)).toEqual(['Ban Quản lý Khu kinh tế Hải Phòng']);
    expect(feed.updated).toBe('2026-11-30T00:00:00+07:00');
  });

  it('has one entry per note: the page’s name and the note as title, the title and note as summary, the kind as category', async () => {
    const feed = parseAtomFeed(await (await changesFeed('vi', site)).text());
    expect(feed.entries).toHaveLength(4);
    const [decree, procedure] = feed.entries!;
    expect(decree!.id).toBe('https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/#change-2');
    expect(decree!.title?.value).toBe('Nghị định 61/2018/NĐ-CP: Hết hiệu lực từ 01/07/2025.');
    expect(decree!.links?.[0]?.href).toBe('https://heza.gov.vn/vi/van-ban/61-2018-nd-cp/');
    expect(decree!.summary?.value).toBe('Về thực hiện cơ chế một cửa, một cửa liên thông. Hết hiệu lực từ 01/07/2025.');
    expect(decree!.categories?.map((c) => [c.term, c.label])).toEqual([['legal', 'Văn bản']]);
    expect(decree!.updated).toBe('2026-11-30T00:00:00+07:00');
    // A procedure is named by its title: the summary does not say it twice.
    expect(procedure!.title?.value).toBe('Cấp giấy phép lao động: Cập nhật lệ phí, thời hạn.');
    expect(procedure!.summary?.value).toBe('Cập nhật lệ phí, thời hạn.');
    expect(procedure!.categories?.map((c) => [c.term, c.label])).toEqual([['procedures', 'Thủ tục']]);
  });

  it('has a feed per collection, in English too', async () => {
    const xml = await (await changesFeed('en', site, 'legal')).text();
    expect(xml).toContain('xml:lang="en"');
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe('https://heza.gov.vn/en/recent-changes/legal/atom.xml');
    expect(feed.title?.value).toBe('Recent changes to legal documents – HEZA');
    expect(feed.links?.map((l) => l.href)).toEqual(['https://heza.gov.vn/en/recent-changes/legal/atom.xml', 'https://heza.gov.vn/en/recent-changes/legal/']);
    expect(feed.authors?.map((a) => a.name)).toEqual(['Hai Phong Economic Zone Authority']);
    expect(feed.entries?.map((e) => e.title?.value)).toEqual(['Decree 61/2018/NĐ-CP: No longer in force since 1 July 2025.', 'Decree 61/2018/NĐ-CP: First published.']);
    expect(feed.entries?.[0]?.categories?.[0]?.label).toBe('Legal documents');
    const procedures = parseAtomFeed(await (await changesFeed('en', site, 'procedures')).text());
    expect(procedures.title?.value).toBe('Recent changes to procedures – HEZA');
    expect(procedures.entries?.map((e) => e.summary?.value)).toEqual(['Fees and time limit updated.']);
  });
});
