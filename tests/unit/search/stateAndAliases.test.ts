/**
 * The search page's URL state (what a shared link restores) and the aliases written for a page's number
 * and its đ words: edge cases a reader or an editor meets.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilters, hasFilters, readState, writeState } from '../../../src/search/searchState.ts';
import { dAliases, numberAliases, pageAliases } from '../../../src/search/aliases.ts';

describe('search state in the URL', () => {
  it('tidies the query: spaces around and inside, and NFD typed text read as NFC', () => {
    expect(readState(new URLSearchParams('q=++m%E1%BB%99t+++c%E1%BB%ADa++')).q).toBe('một cửa');
    expect(readState(new URLSearchParams({ q: ' một cửa '.normalize('NFD') })).q).toBe('một cửa');
    expect(readState(new URLSearchParams('')).q).toBe('');
  });

  it('keeps each filter value once, trimmed, and drops empty ones', () => {
    const s = readState(new URLSearchParams('type=+nghi-dinh+&type=&type=nghi-dinh&type=thong-tu&status=++'));
    expect(s.filters).toEqual({ kind: [], type: ['nghi-dinh', 'thong-tu'], issuer: [], year: [], status: [] });
  });

  it('writes only what differs from the defaults, and nothing for an empty search', () => {
    expect(writeState({ q: '', sort: 'relevance', filters: emptyFilters() })).toBe('');
    expect(writeState({ q: '', sort: 'relevance', filters: { ...emptyFilters(), year: ['2018'] } })).toBe('?year=2018');
    expect(writeState({ q: 'một cửa', sort: 'relevance', filters: emptyFilters() })).toBe('?q=m%E1%BB%99t+c%E1%BB%ADa');
    expect(writeState({ q: '', sort: 'date', filters: emptyFilters() })).toBe('?sort=date');
  });

  it('says whether any facet has a choice', () => {
    expect(hasFilters(readState(new URLSearchParams('q=mot+cua')))).toBe(false);
    expect(hasFilters(readState(new URLSearchParams('status=con-hieu-luc')))).toBe(true);
    expect(hasFilters(readState(new URLSearchParams('kind=document&year=2018')))).toBe(true);
  });
});

describe('aliases', () => {
  it('spells a number with a year every way people type it, in a fixed order', () => {
    expect(numberAliases('61/2018/NĐ-CP')).toEqual(['61/2018/nd-cp', 'nd61', 'nđ61', '61nd', 'ndcp', 'nd-cp', '61/nd-cp', '61/nđ-cp', '61-2018-nd-cp', '612018']);
  });

  it('spells a number without a year without inventing one', () => {
    expect(numberAliases('76/NQ-CP')).toEqual(['76/nq-cp', 'nq76', '76nq', 'nqcp', 'nq-cp', '76-nq-cp']);
    expect(numberAliases('431/KH-BQL')).toEqual(['431/kh-bql', 'kh431', '431kh', 'khbql', 'kh-bql', '431-kh-bql']);
  });

  it('keeps a code that is not a document number as it is, folded', () => {
    expect(numberAliases('1.009645')).toEqual(['1.009645']);
    expect(numberAliases('Số ĐK-01')).toEqual(['so dk-01']);
  });

  it('writes no empty alias for a number without code letters', () => {
    expect(numberAliases('5/2024/-')).toEqual(['5/2024/-', '5', '5/', '5/-', '5-2024-', '52024']);
  });

  it('stops the đ aliases at the limit', () => {
    expect(dAliases('đất đai đầu tư địa bàn', 2)).toEqual(['dat', 'dai']);
    expect(dAliases('đất đai đầu tư địa bàn', 3)).toEqual(['dat', 'dai', 'dau']);
    expect(dAliases('đất đai đầu tư địa bàn')).toEqual(['dat', 'dai', 'dau', 'dia']);
  });

  it('gives a page without a number only its đ words', () => {
    expect(pageAliases({ text: 'Đầu tư vào khu kinh tế Đình Vũ' })).toBe('dau dinh');
    expect(pageAliases({ text: 'Khai trương' })).toBe('');
  });
});
