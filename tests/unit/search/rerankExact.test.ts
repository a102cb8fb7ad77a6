/**
 * The search re-rank (src/search/rerank.ts) and the number reading it relies on
 * (src/search/documentNumber.ts, expandQuery.ts), with scores worked out by hand from the weights the
 * module documents, so that a changed weight or formula shows here and not only as a moved result.
 */
import { describe, expect, it } from 'vitest';
import { longestRun, numberScore, rerank, rerankScore, WEIGHTS, type Candidate } from '../../../src/search/rerank.ts';
import { isYear, numberHints, parseNumber } from '../../../src/search/documentNumber.ts';
import { expandQuery } from '../../../src/search/expandQuery.ts';

describe('longestRun: the query as a phrase', () => {
  it('is the longest stretch of query words in order, as a share of the query', () => {
    expect(longestRun(['cap', 'giay', 'phep', 'lao', 'dong'], ['giay', 'phep'])).toBe(1);
    expect(longestRun(['x', 'a', 'b', 'c'], ['a', 'b', 'c', 'd'])).toBe(0.75);
    expect(longestRun(['q', 'a', 'b'], ['a', 'b'])).toBe(1); // at the very end of the text
  });

  it('needs two words in a row: reversed or scattered words are no phrase', () => {
    expect(longestRun(['a', 'b', 'c'], ['c', 'b'])).toBe(0);
    expect(longestRun(['b', 'c'], ['c', 'b'])).toBe(0);
    expect(longestRun(['a', 'x', 'b'], ['a', 'b'])).toBe(0);
    expect(longestRun(['a', 'b'], ['a'])).toBe(0);
  });
});

describe('rerankScore, worked out by hand', () => {
  const guide: Candidate = { score: 5, title: 'Cấp giấy phép lao động', content: 'Hồ sơ cấp giấy phép', kind: 'procedure' };

  it('a two-word query the title carries whole, typed with marks', () => {
    // base 5/10, both words in the title and the text, all in the title, the phrase whole, 2 of 5 title
    // words, both marked words found as typed, a procedure.
    const expected = 0.5 * WEIGHTS.base + WEIGHTS.titleWhole + WEIGHTS.textWhole + WEIGHTS.titleAll + WEIGHTS.titlePhrase + (2 / 5) * WEIGHTS.titleCoverage + WEIGHTS.exactMarks + WEIGHTS.contentPage;
    expect(expected).toBeCloseTo(7.8, 10);
    expect(rerankScore('giấy phép', guide, 10)).toBeCloseTo(expected, 10);
  });

  it('a four-word query of which the title carries a two-word stretch', () => {
    // Half the words in the title and in the text, a run of 2 of 4 words, 2 of 5 title words, 2 of 4
    // marked words found as typed.
    const expected = 0.5 + 0.5 * WEIGHTS.titleWhole + 0.5 * WEIGHTS.textWhole + 0.5 * WEIGHTS.titlePhrase + 0.4 * WEIGHTS.titleCoverage + 0.5 * WEIGHTS.exactMarks + WEIGHTS.contentPage;
    expect(expected).toBeCloseTo(3.75, 10);
    expect(rerankScore('giấy phép xây dựng', guide, 10)).toBeCloseTo(expected, 10);
  });

  it('words typed without marks earn nothing for exact marks, even where the page has them plain', () => {
    const page: Candidate = { score: 1, title: 'Work permit', content: 'Work permit for foreign workers' };
    // base 1, title and text whole, all in the title, the phrase, 2 of 2 title words; no kind.
    expect(rerankScore('work permit', page, 1)).toBeCloseTo(1 + 1.2 + 0.8 + 2 + 1.5 + 1, 10);
  });

  it('a query of separators only keeps Pagefind’s score', () => {
    expect(rerankScore(' / - ', guide, 10)).toBe(5);
  });
});

describe('rerank: the order', () => {
  const same = (score: number, title: string): Candidate => ({ score, title, content: 'Thủ tục đầu tư' });

  it("Pagefind's score decides between candidates that match alike", () => {
    const [a, b] = [same(1, 'Văn bản một'), same(3, 'Văn bản hai')];
    expect(rerank('thủ tục', [a, b]).map((c) => c.title)).toEqual(['Văn bản hai', 'Văn bản một']);
  });

  it('equal scores keep the order Pagefind gave', () => {
    const list = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm'].map((t) => same(2, t));
    expect(rerank('thủ tục', list).map((c) => c.title)).toEqual(['Một', 'Hai', 'Ba', 'Bốn', 'Năm']);
  });
});

describe('numberScore', () => {
  it('is 0 for another serial, whatever else matches', () => {
    expect(numberScore('nghị định 62/2018/NĐ-CP', '61/2018/NĐ-CP', 'Nghị định')).toBe(0);
  });

  it('"số" and "No." belong to a number query: they do not dilute it', () => {
    const plain = numberScore('61/2018', '61/2018/NĐ-CP', 'Nghị định');
    expect(plain).toBe(WEIGHTS.numberSerial + WEIGHTS.numberYear);
    expect(numberScore('số 61/2018', '61/2018/NĐ-CP', 'Nghị định')).toBe(plain);
    expect(numberScore('No. 61/2018', '61/2018/NĐ-CP', 'Decree')).toBe(plain);
    // Another word does: half of "thuế 61" is about the number.
    expect(numberScore('thuế 61', '61/2018/NĐ-CP', 'Nghị định')).toBe(WEIGHTS.numberSerial / 2);
  });
});

describe('document numbers as issued and as typed', () => {
  it('parseNumber reads only a whole number: nothing before it, nothing after it', () => {
    expect(parseNumber(' 61 / 2018 / NĐ-CP ')).toEqual({ serial: '61', year: '2018', code: ['nd', 'cp'] });
    expect(parseNumber('x61/2018/NĐ-CP')).toBeNull();
    expect(parseNumber('61/2018/NĐ-CP và')).toBeNull();
    expect(parseNumber('Nghị định 61/2018/NĐ-CP')).toBeNull();
  });

  it('parseNumber drops empty code parts', () => {
    expect(parseNumber('61/2018/NĐ--CP-')).toEqual({ serial: '61', year: '2018', code: ['nd', 'cp'] });
  });

  it('isYear takes four digits from 1900 to 2099, nothing longer', () => {
    expect(isYear('2018')).toBe(true);
    expect(isYear('1999')).toBe(true);
    expect(isYear('20189')).toBe(false);
    expect(isYear('12018')).toBe(false);
    expect(isYear('2118')).toBe(false);
  });

  it('numberHints keeps serials of up to five digits and no empty tokens', () => {
    expect(numberHints('  12345/QĐ-UBND ')).toEqual({ serials: ['12345'], years: [], letters: ['qd', 'ubnd'] });
    expect(numberHints('123456')).toEqual({ serials: [], years: [], letters: [] });
  });
});

describe('expandQuery: d typed for đ', () => {
  it('a leading d of a plain Vietnamese word, in either case', () => {
    expect(expandQuery('dau tu')).toEqual(['dau tu', 'đau tu']);
    expect(expandQuery('Dau tu')).toEqual(['Dau tu', 'Đau tu']);
  });

  it('not a d inside a word', () => {
    expect(expandQuery('kiemdinh')).toEqual(['kiemdinh']);
    expect(expandQuery('KiemDinh')).toEqual(['KiemDinh']);
  });
});
