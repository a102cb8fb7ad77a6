/**
 * What each kind of page tells Pagefind: the facet filters of the search page, the date sort key, and the
 * metadata results show (name, number, type label, date, status) or the re-rank reads (aliases).
 */
import { describe, expect, it } from 'vitest';
import { pageSearchMeta, searchFacets, searchKinds } from '../../../src/search/pageSearchMeta.ts';

describe('pageSearchMeta', () => {
  it('gives a legal document every facet, its date of issue as sort key and all it shows in results', () => {
    const m = pageSearchMeta({
      kind: 'document',
      date: '2018-04-23',
      dateLabel: '23/04/2018',
      numbers: ['61/2018/NĐ-CP'],
      name: 'Nghị định 61/2018/NĐ-CP',
      type: { value: 'nghi-dinh', label: 'Nghị định' },
      issuer: { value: 'chinh-phu', label: 'Chính phủ' },
      status: { value: 'het-hieu-luc', label: 'Hết hiệu lực', badge: 'no-longer' },
      text: 'Về thực hiện cơ chế một cửa',
    });
    expect(m.filters).toEqual([
      ['kind', 'document'],
      ['type', 'nghi-dinh'],
      ['issuer', 'chinh-phu'],
      ['year', '2018'],
      ['status', 'het-hieu-luc'],
    ]);
    expect(m.sort).toEqual([['date', '2018-04-23']]);
    expect(m.meta).toEqual([
      ['kind', 'document'],
      ['name', 'Nghị định 61/2018/NĐ-CP'],
      ['number', '61/2018/NĐ-CP'],
      ['typeLabel', 'Nghị định'],
      ['dateLabel', '23/04/2018'],
      ['statusLabel', 'Hết hiệu lực'],
      ['statusBadge', 'no-longer'],
      ['aliases', '61/2018/nd-cp nd61 nđ61 61nd ndcp nd-cp 61/nd-cp 61/nđ-cp 61-2018-nd-cp 612018'],
    ]);
  });

  it('sorts a procedure by its last check without making that a year of issue, and labels it by its field', () => {
    const m = pageSearchMeta({ kind: 'procedure', sortDate: '2026-11-30', label: 'Đầu tư', numbers: ['1.009645'], text: 'Cấp giấy chứng nhận đăng ký đầu tư' });
    expect(m.filters).toEqual([['kind', 'procedure']]);
    expect(m.sort).toEqual([['date', '2026-11-30']]);
    expect(m.meta).toEqual([
      ['kind', 'procedure'],
      ['number', '1.009645'],
      ['typeLabel', 'Đầu tư'],
      ['aliases', '1.009645 dang dau'],
    ]);
  });

  it('gives a news item its kind, year and date, and no aliases when it has no number and no đ', () => {
    const m = pageSearchMeta({ kind: 'news', date: '2026-11-29', dateLabel: '29/11/2026', text: 'Khai trương Bộ phận một cửa' });
    expect(m.filters).toEqual([
      ['kind', 'news'],
      ['year', '2026'],
    ]);
    expect(m.sort).toEqual([['date', '2026-11-29']]);
    expect(m.meta).toEqual([
      ['kind', 'news'],
      ['dateLabel', '29/11/2026'],
    ]);
  });

  it('prefers the date of issue to the sort date, the type’s label to the field label, and shows no badge it was not given', () => {
    const m = pageSearchMeta({
      kind: 'document',
      date: '2024-01-30',
      sortDate: '2026-11-30',
      label: 'Đầu tư',
      numbers: [],
      type: { value: 'ke-hoach', label: 'Kế hoạch' },
      status: { value: 'chua-xac-dinh', label: 'Chưa xác định' },
      text: '',
    });
    expect(m.sort).toEqual([['date', '2024-01-30']]);
    expect(m.filters).toEqual([
      ['kind', 'document'],
      ['type', 'ke-hoach'],
      ['year', '2024'],
      ['status', 'chua-xac-dinh'],
    ]);
    expect(m.meta).toEqual([
      ['kind', 'document'],
      ['typeLabel', 'Kế hoạch'],
      ['statusLabel', 'Chưa xác định'],
    ]);
  });

  it('has no sort key for an undated page, which a sorted search then leaves out', () => {
    expect(pageSearchMeta({ kind: 'procedure', text: 'đất đai' })).toEqual({ filters: [['kind', 'procedure']], sort: [], meta: [['kind', 'procedure'], ['aliases', 'dat dai']] });
  });

  it('names the facets and kinds the search page offers', () => {
    expect(searchFacets).toEqual(['kind', 'type', 'issuer', 'year', 'status']);
    expect(searchKinds).toEqual(['document', 'procedure', 'news']);
  });
});
