/** runSearch on a fake Pagefind: expansion merged, re-rank applied, facet counts that ignore their own facet. */
import { describe, expect, it } from 'vitest';
import { runSearch, type PagefindApi, type PagefindResponse } from '../../../src/search/engine.ts';
import { readState } from '../../../src/search/searchState.ts';

const page = (id: string, score: number, meta: Record<string, string>, content = '') => ({
  id,
  score,
  data: async () => ({ url: `/vi/van-ban/${id}/`, content, excerpt: '', meta, filters: { kind: ['document'] } }),
});

function fake(responses: Record<string, PagefindResponse>): PagefindApi & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    async search(term, options) {
      calls.push([term, options]);
      const key = `${term}|${JSON.stringify((options as { filters?: object })?.filters ?? {})}`;
      return responses[key] ?? { results: [], filters: {} };
    },
  };
}

describe('runSearch', () => {
  it('merges the expanded query (best score wins) and re-ranks by the document number', async () => {
    const pf = fake({
      'nghi dinh 61|{}': { results: [page('610', 2, { title: 'Quyết định', number: '610/QĐ-UBND' }), page('61', 1, { title: 'Nghị định', number: '61/2018/NĐ-CP', typeLabel: 'Nghị định' })], filters: { type: { 'nghi-dinh': 1, 'quyet-dinh': 1 } } },
      'nghi đinh 61|{}': { results: [page('61', 3, { title: 'Nghị định', number: '61/2018/NĐ-CP', typeLabel: 'Nghị định' })], filters: {} },
    });
    const out = (await runSearch(pf, readState(new URLSearchParams('q=nghi+dinh+61'))))!;
    expect(out.hits.map((h) => h.id)).toEqual(['61', '610']);
    expect(out.total).toBe(2);
    expect(out.counts.type).toEqual({ 'nghi-dinh': 1, 'quyet-dinh': 1 });
  });

  it('counts a facet with a selection without its own filter, so its other values stay visible', async () => {
    const pf = fake({
      'mot cua|{"type":{"any":["nghi-dinh"]}}': { results: [page('61', 1, { title: 'x' })], filters: { type: { 'nghi-dinh': 1 } } },
      'mot cua|{}': { results: [], filters: { type: { 'nghi-dinh': 1, 'thong-tu': 4 } } },
    });
    const out = (await runSearch(pf, readState(new URLSearchParams('q=mot+cua&type=nghi-dinh'))))!;
    expect(out.counts.type).toEqual({ 'nghi-dinh': 1, 'thong-tu': 4 });
    expect(out.total).toBe(1);
  });

  it('does nothing for an empty query without filters, and lists by date for filters alone', async () => {
    expect(await runSearch(fake({}), readState(new URLSearchParams('')))).toBeNull();
    const pf = fake({});
    await runSearch(pf, readState(new URLSearchParams('year=2018')));
    expect(pf.calls[0]).toEqual([null, { filters: { year: { any: ['2018'] } }, sort: { date: 'desc' } }]);
  });
});

describe('runSearch when no page has every word', () => {
  it('leaves out the word that stops the search and says which', async () => {
    const pf = fake({
      'foreign exempt permit|{}': { results: [], filters: {} },
      'exempt permit|{}': { results: [], filters: {} },
      'foreign permit|{}': { results: [page('wp', 1, { title: 'Work permit for a foreign worker' })], filters: { kind: { procedure: 1 } } },
      'foreign exempt|{}': { results: [], filters: {} },
    });
    const out = (await runSearch(pf, readState(new URLSearchParams('q=foreign+exempt+permit'))))!;
    expect(out.dropped).toBe('exempt');
    expect(out.hits.map((h) => h.id)).toEqual(['wp']);
    expect(out.counts.kind).toEqual({ procedure: 1 });
  });

  it('does not leave out a word of a two-word query, nor when filters are chosen', async () => {
    const pf = fake({ 'tu|{}': { results: [page('x', 1, { title: 'x' })], filters: {} }, 'dau|{}': { results: [page('y', 1, { title: 'y' })], filters: {} } });
    const two = (await runSearch(pf, readState(new URLSearchParams('q=dau+tu'))))!;
    expect(two.total).toBe(0);
    expect(two.dropped).toBeUndefined();
    const filtered = (await runSearch(pf, readState(new URLSearchParams('q=foreign+exempt+permit&kind=news'))))!;
    expect(filtered.dropped).toBeUndefined();
  });
});
