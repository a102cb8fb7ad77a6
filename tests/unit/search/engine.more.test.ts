/**
 * runSearch on a scripted fake Pagefind (the browser's Pagefind is not needed for the logic around it):
 * which searches are sent, how the đ expansion is merged, what "sort by date" keeps, how many results load
 * at once, which word is left out when nothing matches every word, the facet counts, and the timings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RERANK_DEPTH, runSearch, type PagefindApi, type PagefindResponse, type PagefindResult } from '../../../src/search/engine.ts';
import { readState } from '../../../src/search/searchState.ts';

type Options = { filters?: object; sort?: Record<string, string> };

function page(id: string, score: number, meta: Record<string, string> = { title: `Trang ${id}` }, filters: Record<string, string[]> = { kind: ['document'] }, content = ''): PagefindResult {
  return { id, score, data: async () => ({ url: `/vi/van-ban/${id}/`, content, excerpt: '', meta, filters }) };
}

const none: PagefindResponse = { results: [], filters: {} };

/** A Pagefind whose answer to (term, options) is scripted; every call is recorded. */
function fake(answer: (term: string | null, options: Options) => PagefindResponse | null): PagefindApi & { calls: [string | null, Options][] } {
  const calls: [string | null, Options][] = [];
  return {
    calls,
    async search(term, options) {
      calls.push([term, options as Options]);
      return answer(term, options as Options);
    },
  };
}

const state = (query: string) => readState(new URLSearchParams(query));
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the searches sent to Pagefind', () => {
  it('searches a Vietnamese query as typed and with d read as đ, by default', async () => {
    const pf = fake(() => none);
    await runSearch(pf, state('q=dau+tu'));
    expect(pf.calls).toEqual([
      ['dau tu', { filters: {} }],
      ['đau tu', { filters: {} }],
    ]);
  });

  it('searches an English page only as typed', async () => {
    const pf = fake(() => none);
    await runSearch(pf, state('q=dau+tu'), 'en');
    expect(pf.calls).toEqual([['dau tu', { filters: {} }]]);
  });

  it('applies the chosen filters to both spellings, and counts the chosen facet once without its own filter', async () => {
    const pf = fake(() => none);
    await runSearch(pf, state('q=dau+tu&type=nghi-dinh'));
    expect(pf.calls).toEqual([
      ['dau tu', { filters: { type: { any: ['nghi-dinh'] } } }],
      ['đau tu', { filters: { type: { any: ['nghi-dinh'] } } }],
      ['dau tu', { filters: {} }],
    ]);
  });

  it('is nothing when Pagefind gives no answer', async () => {
    expect(await runSearch(fake(() => null), state('q=mot+cua'))).toBeNull();
    expect(await runSearch(fake(() => null), state('q=dau+tu&sort=date'))).toBeNull();
  });
});

describe('merging the typed query with its đ spelling', () => {
  // Pagefind scores: the typed query finds p1…p12 (12 down to 1); the đ spelling finds p12 better (20),
  // p5 worse (0.5) and one page the typed query missed (x, 6.5).
  const typed = Array.from({ length: 12 }, (_, i) => page(`p${i + 1}`, 12 - i));
  const expanded = [page('p12', 20), page('p5', 0.5), page('x', 6.5)];

  it('adds pages only the đ spelling finds and keeps each page’s best score, in score order', async () => {
    const pf = fake((term) => (term === 'dau tu' ? { results: typed, filters: {} } : term === 'đau tu' ? { results: expanded, filters: {} } : none));
    const out = (await runSearch(pf, state('q=dau+tu')))!;
    expect(out.total).toBe(13);
    expect(ids(out.hits)).toEqual(['p12', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'x', 'p7', 'p8']);
    expect(ids(out.rest)).toEqual(['p9', 'p10', 'p11']);
  });

  it('keeps the typed query’s results when the đ spelling gives no answer', async () => {
    const pf = fake((term) => (term === 'dau tu' ? { results: typed.slice(0, 3), filters: {} } : null));
    const out = (await runSearch(pf, state('q=dau+tu')))!;
    expect(ids(out.hits)).toEqual(['p1', 'p2', 'p3']);
    expect(out.total).toBe(3);
  });
});

describe('how many results load at once', () => {
  it(`loads and re-ranks the top ${RERANK_DEPTH}, and leaves the rest in Pagefind's order for "show more"`, async () => {
    const results = Array.from({ length: 12 }, (_, i) => page(`r${i + 1}`, 12 - i));
    const loaded: string[] = [];
    for (const r of results) {
      const data = r.data;
      r.data = () => (loaded.push(r.id), data());
    }
    const out = (await runSearch(fake(() => ({ results, filters: {} })), state('q=giay+phep')))!;
    expect(RERANK_DEPTH).toBe(10);
    expect(out.hits).toHaveLength(10);
    expect(ids(out.rest)).toEqual(['r11', 'r12']);
    expect(loaded.sort()).toEqual(['r1', 'r10', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
    expect(out.total).toBe(12);
  });

  it('re-ranks by the title: a page titled with the query comes before a better-scored page that is not', async () => {
    const pf = fake(() => ({ results: [page('tin', 1, { title: 'Tin tức tháng 11' }), page('gp', 0.5, { title: 'Cấp giấy phép lao động' })], filters: {} }));
    const out = (await runSearch(pf, state('q=giay+phep')))!;
    expect(ids(out.hits)).toEqual(['gp', 'tin']);
  });

  it('handles list pages without a title or a kind', async () => {
    const pf = fake(() => ({ results: [page('list', 1, {}, {})], filters: {} }));
    const out = (await runSearch(pf, state('q=giay+phep')))!;
    expect(ids(out.hits)).toEqual(['list']);
    expect(out.hits[0]!.data.url).toBe('/vi/van-ban/list/');
  });
});

describe('sorting by date', () => {
  it('asks Pagefind for the newest first, without the đ spelling, and keeps that order', async () => {
    const pf = fake(() => ({ results: [page('moi', 1), page('cu', 5), page('cu-hon', 3)], filters: {} }));
    const out = (await runSearch(pf, state('q=dau+tu&sort=date')))!;
    expect(pf.calls).toEqual([['dau tu', { filters: {}, sort: { date: 'desc' } }]]);
    expect(ids(out.hits)).toEqual(['moi', 'cu', 'cu-hon']);
  });

  it('loads one page of the given size, the rest on demand', async () => {
    const results = Array.from({ length: 5 }, (_, i) => page(`d${i + 1}`, i));
    const out = (await runSearch(fake(() => ({ results, filters: {} })), state('q=giay+phep&sort=date'), 'vi', 3))!;
    expect(ids(out.hits)).toEqual(['d1', 'd2', 'd3']);
    expect(ids(out.rest)).toEqual(['d4', 'd5']);
    const byRelevance = (await runSearch(fake(() => ({ results, filters: {} })), state('q=giay+phep'), 'vi', 3))!;
    expect(byRelevance.hits).toHaveLength(5);
    expect(byRelevance.rest).toEqual([]);
  });
});

describe('when no page has every word', () => {
  it('leaves out the word whose absence finds the most pages, then the best first score', async () => {
    const answers: Record<string, PagefindResponse | null> = {
      'exempt work permit': null,
      'foreign work permit': { results: [page('a', 1), page('b', 1)], filters: { kind: { procedure: 2 } } },
      'foreign exempt permit': { results: [page('c', 3), page('d', 1)], filters: { kind: { procedure: 1, news: 1 } } },
      'foreign exempt work': { results: [page('e', 10)], filters: { kind: { news: 1 } } },
    };
    const pf = fake((term) => (term! in answers ? answers[term!]! : none));
    const out = (await runSearch(pf, state('q=foreign+exempt+work+permit')))!;
    expect(out.dropped).toBe('work');
    expect(out.total).toBe(2);
    expect(ids(out.hits)).toEqual(['c', 'd']);
    expect(out.counts.kind).toEqual({ procedure: 1, news: 1 });
  });

  it('between as many pages, prefers the better first score, wherever the word stands in the query', async () => {
    const answers: Record<string, PagefindResponse> = {
      'exempt work permit': { results: [page('a', 1)], filters: {} },
      'foreign work permit': { results: [page('b', 4), page('c', 1)], filters: {} },
      'foreign exempt permit': { results: [page('d', 2), page('e', 1)], filters: {} },
      'foreign exempt work': { results: [], filters: {} },
    };
    const pf = fake((term) => answers[term!] ?? none);
    const out = (await runSearch(pf, state('q=foreign+exempt+work+permit')))!;
    expect(out.dropped).toBe('exempt');
    expect(ids(out.hits)).toEqual(['b', 'c']);
  });

  it('reports no word left out when leaving out any word still finds nothing', async () => {
    const pf = fake(() => none);
    const out = (await runSearch(pf, state('q=foreign+exempt+permit')))!;
    expect(out.dropped).toBeUndefined();
    expect(out.total).toBe(0);
    expect(pf.calls.map((c) => c[0])).toEqual(['foreign exempt permit', 'exempt permit', 'foreign permit', 'foreign exempt']);
  });

  it('leaves no word out when the full query finds something', async () => {
    const pf = fake(() => ({ results: [page('a', 1)], filters: {} }));
    const out = (await runSearch(pf, state('q=foreign+exempt+permit')))!;
    expect(out.dropped).toBeUndefined();
    expect(pf.calls).toHaveLength(1);
  });

  it('leaves no word out when filters are chosen, even if that would find pages', async () => {
    const pf = fake((term) => (term === 'foreign exempt permit' ? none : { results: [page('a', 1)], filters: {} }));
    const out = (await runSearch(pf, state('q=foreign+exempt+permit&kind=news')))!;
    expect(out.dropped).toBeUndefined();
    expect(out.total).toBe(0);
  });

  it('keeps sorting by date for the shorter queries', async () => {
    const pf = fake((term) => (term === 'foreign permit' ? { results: [page('new', 1), page('old', 2)], filters: {} } : none));
    const out = (await runSearch(pf, state('q=foreign+exempt+permit&sort=date')))!;
    expect(out.dropped).toBe('exempt');
    expect(ids(out.hits)).toEqual(['new', 'old']);
    expect(pf.calls.slice(1)).toEqual([
      ['exempt permit', { filters: {}, sort: { date: 'desc' } }],
      ['foreign permit', { filters: {}, sort: { date: 'desc' } }],
      ['foreign exempt', { filters: {}, sort: { date: 'desc' } }],
    ]);
  });
});

describe('facet counts', () => {
  it('counts each chosen facet with the other choices only, and the others from the search itself', async () => {
    const pf = fake((_, o) => {
      const f = JSON.stringify(o.filters);
      if (f === '{"type":{"any":["nghi-dinh"]},"year":{"any":["2018"]}}') return { results: [page('61', 1)], filters: { kind: { document: 1 }, issuer: { 'chinh-phu': 1 } } };
      if (f === '{"year":{"any":["2018"]}}') return { results: [], filters: { type: { 'nghi-dinh': 1, 'thong-tu': 2 } } };
      if (f === '{"type":{"any":["nghi-dinh"]}}') return { results: [], filters: { year: { 2018: 1, 2021: 1 } } };
      return none;
    });
    const out = (await runSearch(pf, state('q=mot+cua&type=nghi-dinh&year=2018')))!;
    expect(out.counts).toEqual({
      kind: { document: 1 },
      type: { 'nghi-dinh': 1, 'thong-tu': 2 },
      issuer: { 'chinh-phu': 1 },
      year: { 2018: 1, 2021: 1 },
      status: {},
    });
    expect(pf.calls).toHaveLength(3);
  });

  it('counts nothing for a facet Pagefind does not answer for', async () => {
    const pf = fake((_, o) => (JSON.stringify(o.filters) === '{"type":{"any":["nghi-dinh"]}}' ? { results: [page('61', 1)], filters: {} } : null));
    const out = (await runSearch(pf, state('q=mot+cua&type=nghi-dinh')))!;
    expect(out.counts.type).toEqual({});
    const yearOnly: PagefindResponse = { results: [], filters: { year: { 2018: 1 } } };
    const empty = fake((_, o) => (JSON.stringify(o.filters) === '{"type":{"any":["nghi-dinh"]}}' ? { results: [page('61', 1)], filters: {} } : yearOnly));
    expect((await runSearch(empty, state('q=mot+cua&type=nghi-dinh')))!.counts.type).toEqual({});
  });
});

describe('timings', () => {
  /** A clock moved only by the fake: each search takes 40.4 ms, each fragment 5 ms, each count search 7 ms. */
  function timedSearch(now: () => number, advance: (ms: number) => void) {
    const results = [page('a', 2), page('b', 1)].map((r) => ({ ...r, data: async () => (advance(5), r.data()) }));
    const pf = fake((_, o) => {
      advance(JSON.stringify(o.filters) === '{}' ? 7 : 40.4);
      return { results, filters: {} };
    });
    return { pf, now };
  }

  it('measures each stage of a search in whole milliseconds', async () => {
    let ms = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => ms);
    const { pf } = timedSearch(() => ms, (d) => (ms += d));
    const out = (await runSearch(pf, state('q=mot+cua&type=nghi-dinh')))!;
    expect(out.timings).toEqual({ search: 40, fragments: 10, rerank: 0, counts: 7 });
  });

  it('uses the wall clock where there is no performance clock', async () => {
    let ms = 1_700_000_000_000;
    vi.stubGlobal('performance', undefined);
    vi.spyOn(Date, 'now').mockImplementation(() => ms);
    const { pf } = timedSearch(() => ms, (d) => (ms += d));
    const out = (await runSearch(pf, state('q=mot+cua&type=nghi-dinh')))!;
    expect(out.timings).toEqual({ search: 40, fragments: 10, rerank: 0, counts: 7 });
  });
});
