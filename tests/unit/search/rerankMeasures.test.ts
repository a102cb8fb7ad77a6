/**
 * The re-rank measures as numbers: how much each signal is worth, so that a changed weight or a flipped
 * comparison shows up here and not only as a slightly different order in one query.
 */
import { describe, expect, it } from 'vitest';
import { KIND_PRIOR, longestRun, numberScore, rerank, rerankScore, TYPE_FORCE, WEIGHTS } from '../../../src/search/rerank.ts';
import { numberHints, parseNumber } from '../../../src/search/documentNumber.ts';

describe('longestRun: the query as a phrase', () => {
  it.each([
    [['mot', 'cua', 'lien', 'thong'], ['mot', 'cua'], 1],
    [['co', 'che', 'mot', 'cua'], ['mot', 'cua', 'lien'], 2 / 3],
    [['mot', 'x', 'cua'], ['mot', 'cua'], 0],
    [['mot', 'cua'], ['mot'], 0],
    [[], ['mot', 'cua'], 0],
    [['lien', 'thong', 'mot', 'cua'], ['mot', 'cua', 'lien', 'thong'], 0.5],
    [['a', 'b', 'c'], ['a', 'b', 'c'], 1],
  ])('%j in %j → %d', (hay, needle, expected) => {
    expect(longestRun(hay, needle)).toBeCloseTo(expected, 10);
  });
});

describe('numberScore: how much of the query is about this number', () => {
  it.each([
    ['61', '61/2018/NĐ-CP', 3],
    ['61 2018', '61/2018/NĐ-CP', 4],
    ['61 2019', '61/2018/NĐ-CP', 0.75],
    ['nd 61', '61/2018/NĐ-CP', 3.5],
    ['ndcp 61', '61/2018/NĐ-CP', 3.5],
    ['qd 61', '61/2018/NĐ-CP', 1.5],
    ['nghi dinh 61', '61/2018/NĐ-CP', 3],
    ['so 61', '61/2018/NĐ-CP', 3],
    ['sua doi 61', '61/2018/NĐ-CP', 1],
    ['061', '61/2018/NĐ-CP', 3],
    ['62', '61/2018/NĐ-CP', 0],
    ['61', 'không phải số', 0],
  ])('%s for %s → %d', (query, number, expected) => {
    expect(numberScore(query, number, 'Nghị định')).toBeCloseTo(expected, 10);
  });

  it('takes the year of issue for a number without one', () => {
    expect(numberScore('76 2021', '76/NQ-CP', 'Nghị quyết', '2021')).toBeCloseTo(4, 10);
    expect(numberScore('76 2020', '76/NQ-CP', 'Nghị quyết', '2021')).toBeCloseTo(0.75, 10);
    expect(numberScore('76', undefined)).toBe(0);
  });

  it('splits glued serials and letters: ND61', () => {
    expect(numberScore('ND61', '61/2018/NĐ-CP', 'Nghị định')).toBeCloseTo(3.5, 10);
    expect(numberHints('ND61/2018')).toEqual({ serials: ['61'], years: ['2018'], letters: ['nd'] });
    expect(numberHints('123456 7')).toEqual({ serials: ['7'], years: [], letters: [] });
    expect(parseNumber(' 061 / 2018 / NĐ-CP ')).toEqual({ serial: '61', year: '2018', code: ['nd', 'cp'] });
  });
});

describe('rerankScore: the value of each signal', () => {
  const q = 'mot cua';
  const base = { score: 1, title: 'Một cửa', content: '' };

  it('a title that is exactly the query scores every title signal', () => {
    // base 1 + title words 1.2 + any words 0.8 + all in title 2 + phrase in title 1.5 + coverage 1
    expect(rerankScore(q, base, 1)).toBeCloseTo(7.5, 10);
    expect(WEIGHTS.base + WEIGHTS.titleWhole + WEIGHTS.textWhole + WEIGHTS.titleAll + WEIGHTS.titlePhrase + WEIGHTS.titleCoverage).toBeCloseTo(7.5, 10);
  });

  it('scales Pagefind’s score by the best one, and keeps it as is for an empty query', () => {
    expect(rerankScore(q, { ...base, score: 0.5 }, 1) - rerankScore(q, base, 1)).toBeCloseTo(-0.5, 10);
    expect(rerankScore(q, base, 0)).toBeCloseTo(6.5, 10);
    expect(rerankScore('  ', { ...base, score: 0.37 }, 1)).toBe(0.37);
  });

  it('words only in the text count less, and a phrase in the text less than in the title', () => {
    const inText = { score: 1, title: 'Khác', content: 'cơ chế một cửa' };
    // base 1 + any words 0.8 + text phrase 0.5
    expect(rerankScore(q, inText, 1)).toBeCloseTo(2.3, 10);
  });

  it('a shorter title that carries the query fits better', () => {
    const long = { score: 1, title: 'Một cửa và khác nữa', content: '' };
    // coverage 2 of 5 title words instead of 2 of 2
    expect(rerankScore(q, long, 1)).toBeCloseTo(7.5 - 0.6, 10);
  });

  it('exact marks count when the query has them', () => {
    expect(rerankScore('dầu', { score: 1, title: 'Dầu khí', content: 'dầu' }, 1) - rerankScore('dầu', { score: 1, title: 'Đầu tư', content: 'đầu' }, 1)).toBeCloseTo(0.6, 10);
  });

  it('documents and procedures over news over list pages; legal force among documents, centred', () => {
    const s = (extra: object) => rerankScore(q, { ...base, ...extra }, 1);
    expect(s({ kind: 'procedure' }) - s({})).toBeCloseTo(0.8, 10);
    expect(s({ kind: 'news' }) - s({})).toBeCloseTo(0.32, 10);
    expect(s({ kind: 'document', docType: 'luat' }) - s({})).toBeCloseTo(0.8 + 0.15, 10);
    expect(s({ kind: 'document', docType: 'ke-hoach' }) - s({})).toBeCloseTo(0.8 - 0.06, 10);
    expect(s({ kind: 'document' }) - s({})).toBeCloseTo(0.8 - 0.06, 10);
    expect(s({ kind: 'document', docType: 'nghi-dinh' }) - s({ kind: 'procedure' })).toBeCloseTo(0.09, 10);
    expect([KIND_PRIOR.document, KIND_PRIOR.procedure, KIND_PRIOR.news, TYPE_FORCE.luat, TYPE_FORCE['thong-bao']]).toEqual([1, 1, 0.4, 1, 0.2]);
  });

  it('the number of the document counts in its score', () => {
    const doc = { ...base, number: '61/2018/NĐ-CP', typeLabel: 'Nghị định' };
    expect(rerankScore('61', doc, 1) - rerankScore('61', base, 1)).toBeCloseTo(3 + 1.2 + 0.8 + 2 + 1 / 6, 10);
  });

  it('orders by score, best first', () => {
    const a = { ...base, id: 'a', title: 'Khác', content: 'một cửa' };
    const b = { ...base, id: 'b' };
    expect(rerank(q, [a, b]).map((x) => x.id)).toEqual(['b', 'a']);
    expect(rerank(q, [b, a]).map((x) => x.id)).toEqual(['b', 'a']);
    expect(rerank(q, [])).toEqual([]);
  });
});
