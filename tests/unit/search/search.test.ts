/** The Vietnamese search measures: folding, aliases, query expansion and re-rank, with NFC and NFD input. */
import { describe, expect, it } from 'vitest';
import { dAliases, numberAliases, pageAliases } from '../../../src/search/aliases.ts';
import { numberHints, parseNumber } from '../../../src/search/documentNumber.ts';
import { expandQuery } from '../../../src/search/expandQuery.ts';
import { fold, hasMarks, wordsOf } from '../../../src/search/fold.ts';
import { numberScore, rerank } from '../../../src/search/rerank.ts';

const nfd = (s: string) => s.normalize('NFD');

describe('fold', () => {
  it.each([
    ['Nghị định', 'nghi dinh'],
    ['ĐẦU TƯ', 'dau tu'],
    ['một cửa liên thông', 'mot cua lien thong'],
    ['61/2018/NĐ-CP', '61/2018/nd-cp'],
    ['Hải Phòng', 'hai phong'],
  ])('folds %s (NFC and NFD) to %s', (input, out) => {
    expect(fold(input)).toBe(out);
    expect(fold(nfd(input))).toBe(out);
  });

  it('tells marked words from plain ones in both forms', () => {
    for (const w of ['đầu', 'dầu', 'đau', 'cửa']) {
      expect(hasMarks(w)).toBe(true);
      expect(hasMarks(nfd(w))).toBe(true);
    }
    expect(hasMarks('dau')).toBe(false);
  });

  it('splits words the same way whatever the Unicode form', () => {
    expect(wordsOf(nfd('Thủ tục: một cửa'))).toEqual(['thủ', 'tục', 'một', 'cửa']);
  });
});

describe('document numbers', () => {
  it('parses numbers with and without a year', () => {
    expect(parseNumber('61/2018/NĐ-CP')).toEqual({ serial: '61', year: '2018', code: ['nd', 'cp'] });
    expect(parseNumber(nfd('01/2018/TT-VPCP'))).toEqual({ serial: '1', year: '2018', code: ['tt', 'vpcp'] });
    expect(parseNumber('76/NQ-CP')).toEqual({ serial: '76', year: undefined, code: ['nq', 'cp'] });
    expect(parseNumber('not a number')).toBeNull();
  });

  it.each([
    ['61/2018/NĐ-CP', ['61'], ['2018'], ['nd', 'cp']],
    ['61/2018/ND-CP', ['61'], ['2018'], ['nd', 'cp']],
    ['61 2018', ['61'], ['2018'], []],
    ['nghi dinh 61', ['61'], [], ['nghi', 'dinh']],
    ['nđ 61', ['61'], [], ['nd']],
    ['ND61', ['61'], [], ['nd']],
    ['thông tư 01', ['1'], [], ['thong', 'tu']],
  ])('reads what "%s" says about a number', (q, serials, years, letters) => {
    expect(numberHints(q)).toEqual({ serials, years, letters });
    expect(numberHints(nfd(q))).toEqual({ serials, years, letters });
  });
});

describe('aliases', () => {
  it('spells a number the ways people type it', () => {
    const a = numberAliases('61/2018/NĐ-CP');
    for (const x of ['61/2018/nd-cp', 'nd61', 'nđ61', '61nd', 'ndcp', '61/nd-cp', '61-2018-nd-cp', '612018']) expect(a).toContain(x);
    expect(numberAliases(nfd('61/2018/NĐ-CP'))).toEqual(expect.arrayContaining(['nd61', '61/2018/nd-cp']));
  });

  it('gives the d-form of words with đ only, once each', () => {
    expect(dAliases('Nghị định về đầu tư, Đầu tư và định mức')).toEqual(['dinh', 'dau']);
    expect(dAliases(nfd('Nghị định về đầu tư'))).toEqual(['dinh', 'dau']);
    expect(dAliases('dầu mỏ')).toEqual([]);
  });

  it('joins number and word aliases without repeats', () => {
    const s = pageAliases({ numbers: ['76/NQ-CP'], text: 'đẩy mạnh' });
    expect(s.split(' ')).toContain('nq76');
    expect(s.split(' ')).toContain('day');
    expect(new Set(s.split(' ')).size).toBe(s.split(' ').length);
  });
});

describe('expandQuery', () => {
  it.each([
    ['dau tu', ['dau tu', 'đau tu']],
    ['nghi dinh 61', ['nghi dinh 61', 'nghi đinh 61']],
    ['nd 61', ['nd 61', 'nđ 61']],
    ['ND61', ['ND61', 'NĐ61']],
    ['61/2018/ND-CP', ['61/2018/ND-CP', '61/2018/NĐ-CP']],
    ['đầu tư', ['đầu tư']],
    ['dầu', ['dầu']],
    ['one stop shop', ['one stop shop']],
  ])('expands "%s"', (q, out) => {
    expect(expandQuery(q)).toEqual(out);
  });

  it('on English pages expands document codes only', () => {
    expect(expandQuery('  decree   61 ', 'en')).toEqual(['decree 61']);
    expect(expandQuery('directive ND 61', 'en')).toEqual(['directive ND 61', 'directive NĐ 61']);
  });

  it('leaves words typed with marks alone in NFD too', () => {
    expect(expandQuery(nfd('đầu tư'))).toEqual(['đầu tư']);
  });

  it('returns nothing for a blank query', () => {
    expect(expandQuery('   ')).toEqual([]);
  });
});

describe('rerank', () => {
  const d61 = { score: 1.0, title: 'Về thực hiện cơ chế một cửa, một cửa liên thông', number: '61/2018/NĐ-CP', content: 'Nghị định' };
  const d610 = { score: 1.2, title: 'Về đầu tư công', number: '610/QĐ-UBND', content: 'Quyết định' };
  const d61b = { score: 1.1, title: 'Về khu kinh tế', number: '61/2020/QĐ-TTg', content: 'Quyết định' };

  it('puts the document whose serial is the typed number above prefix matches', () => {
    expect(rerank('61', [d610, d61]).map((d) => d.number)).toEqual(['61/2018/NĐ-CP', '610/QĐ-UBND']);
  });

  it('uses the year and code letters to choose between equal serials', () => {
    expect(rerank('61 2018', [d61b, d61])[0]!.number).toBe('61/2018/NĐ-CP');
    expect(rerank('qd 61', [d61, d61b])[0]!.number).toBe('61/2020/QĐ-TTg');
    expect(rerank(nfd('61/2020/QĐ-TTg'), [d61, d61b])[0]!.number).toBe('61/2020/QĐ-TTg');
    expect(numberScore('61', '610/QĐ-UBND')).toBe(0);
  });

  it('prefers whole words and phrases after folding', () => {
    const a = { score: 1.5, title: 'Cuộc thi một cửa hàng', content: 'mốt cửa hàng liên thông' };
    const b = { score: 1.0, title: 'Cơ chế một cửa liên thông', content: '' };
    expect(rerank('mot cua lien thong', [a, b])[0]).toBe(b);
  });

  it('prefers exact marks when the user typed them', () => {
    const oil = { score: 1.0, title: 'Giá dầu', content: '' };
    const invest = { score: 1.0, title: 'Giá đầu', content: '' };
    expect(rerank('dầu', [invest, oil])[0]).toBe(oil);
    expect(rerank(nfd('đầu'), [oil, invest])[0]).toBe(invest);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', async () => {
    const { readState, writeState, pagefindFilters } = await import('../../../src/search/searchState.ts');
    const s = readState(new URLSearchParams('q=nghi++dinh+61&type=nghi-dinh&type=thong-tu&year=2018&sort=date&bogus=1'));
    expect(s.q).toBe('nghi dinh 61');
    expect(s.filters.type).toEqual(['nghi-dinh', 'thong-tu']);
    expect(s.sort).toBe('date');
    expect(writeState(s)).toBe('?q=nghi+dinh+61&type=nghi-dinh&type=thong-tu&year=2018&sort=date');
    expect(pagefindFilters(s)).toEqual({ type: { any: ['nghi-dinh', 'thong-tu'] }, year: { any: ['2018'] } });
    expect(pagefindFilters(s, 'type')).toEqual({ year: { any: ['2018'] } });
  });

  it('reads an NFD query as NFC and an unknown sort as relevance', async () => {
    const { readState } = await import('../../../src/search/searchState.ts');
    const s = readState(new URLSearchParams({ q: nfd('một cửa'), sort: 'x' }));
    expect(s.q).toBe('một cửa');
    expect(s.sort).toBe('relevance');
  });
});

describe('rerank: how much the number decides', () => {
  const decree = { score: 1.2, title: 'Nghị định về thực hiện cơ chế một cửa', number: '61/2018/NĐ-CP', typeLabel: 'Nghị định', content: 'Được sửa đổi, bổ sung bởi Nghị định 107/2021/NĐ-CP' };
  const amending = { score: 1.0, title: 'Nghị định sửa đổi, bổ sung Nghị định số 61/2018/NĐ-CP về cơ chế một cửa', number: '107/2021/NĐ-CP', typeLabel: 'Nghị định', content: '' };
  const resolution = { score: 1.0, title: 'Nghị quyết ban hành Chương trình tổng thể', number: '76/NQ-CP', typeLabel: 'Nghị quyết', year: '2021', content: '' };

  it('gives a number query to the numbered document', () => {
    expect(rerank('nghi dinh 61', [amending, decree])[0]).toBe(decree);
    expect(rerank('ND61', [amending, decree])[0]).toBe(decree);
  });

  it('gives a query about a relation of the document to the document whose title says it all', () => {
    expect(rerank('sua doi nghi dinh 61', [decree, amending])[0]).toBe(amending);
  });

  it('reads the year of issue for numbers without one', () => {
    expect(numberScore('76 2021', resolution.number, resolution.typeLabel, '2021')).toBeGreaterThan(numberScore('76', resolution.number, resolution.typeLabel, '2021'));
    expect(numberScore('76 2019', resolution.number, resolution.typeLabel, '2021')).toBeLessThan(numberScore('76', resolution.number, resolution.typeLabel, '2021'));
  });
});

describe('rerank: tie-breakers', () => {
  it('puts a content page above a list page that names the same words', () => {
    const list = { score: 1.0, title: 'Văn bản có cơ quan ban hành: Ban Quản lý Khu kinh tế Hải Phòng', content: '' };
    const plan = { score: 1.0, title: 'Kế hoạch tuyên truyền của Ban Quản lý Khu kinh tế Hải Phòng', content: '', kind: 'document' };
    expect(rerank('khu kinh te hai phong', [list, plan])[0]).toBe(plan);
  });

  it('between documents that match alike, prefers the higher legal force', () => {
    const directive = { score: 1.0, title: 'Chỉ thị về cơ chế một cửa hiện đại', content: '', kind: 'document', docType: 'chi-thi' };
    const decree = { score: 1.0, title: 'Nghị định về cơ chế một cửa liên thông', content: '', kind: 'document', docType: 'nghi-dinh' };
    expect(rerank('co che mot cua', [directive, decree])[0]).toBe(decree);
  });
});

describe('rerank: ties keep Pagefind’s order', () => {
  const same = (id: string) => ({ id, score: 1, title: 'Về cơ chế một cửa', content: 'Nội dung' });

  it('keeps candidates that score alike in the order Pagefind gave them, whichever that is', () => {
    const [a, b, c] = [same('a'), same('b'), same('c')];
    expect(rerank('mot cua', [a, b, c]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(rerank('mot cua', [c, a, b]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(rerank('', [b, c, a]).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });

  it('still moves a better match above the tie', () => {
    const better = { id: 'd', score: 1, title: 'Về cơ chế một cửa liên thông', content: 'Nội dung', kind: 'document' };
    expect(rerank('mot cua lien thong', [same('a'), same('b'), better]).map((x) => x.id)).toEqual(['d', 'a', 'b']);
  });
});
