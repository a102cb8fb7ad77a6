/**
 * One search, as the search page runs it on Pagefind's JS API: the query and its d → đ expansion are
 * searched, their results merged (a page keeps its best score), the top results re-ranked, and the facet
 * counts computed so that values of one facet combine with "any" and facets with each other with "and".
 */
import { expandQuery } from './expandQuery.ts';
import { searchFacets, type SearchFacet } from './pageSearchMeta.ts';
import { rerank } from './rerank.ts';
import { pagefindFilters, type SearchState } from './searchState.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  search(term: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

export interface Hit {
  id: string;
  data: PagefindResultData;
}
export interface SearchOutcome {
  total: number;
  /** Results already loaded and in final order. */
  hits: Hit[];
  /** The remaining results, in order, loaded on demand ("show more"). */
  rest: PagefindResult[];
  counts: Record<SearchFacet, Record<string, number>>;
  /** When no page has every word, the word left out to find results (the reader is told). */
  dropped?: string;
  /** Milliseconds spent in each stage: Pagefind's searches, loading the top fragments, re-rank, facet counts. */
  timings: { search: number; fragments: number; rerank: number; counts: number };
}

/**
 * How many top results are loaded, re-ranked and shown at once; the rest keep Pagefind's order ("show
 * more"). Each needs its fragment: ten rather than twenty nearly halved the later-query time in the
 * benchmark, and the first result of the number queries at 5,000 pages stayed right.
 */
export const RERANK_DEPTH = 10;

export async function runSearch(pf: PagefindApi, state: SearchState, lang = 'vi', pageSize = RERANK_DEPTH): Promise<SearchOutcome | null> {
  const variants = expandQuery(state.q, lang);
  if (variants.length === 0 && Object.keys(pagefindFilters(state)).length === 0) return null;
  const term = variants[0] ?? null;
  const clock = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
  let t = clock();
  const lap = () => {
    const now = clock();
    const ms = now - t;
    t = now;
    return Math.round(ms);
  };
  const filters = pagefindFilters(state);
  const byDate = state.sort === 'date' || term === null;
  // The typed query and its expansion run together (Pagefind loads their index chunks in parallel).
  const [main, ...extra] = await Promise.all([
    pf.search(term, byDate ? { filters, sort: { date: 'desc' } } : { filters }),
    ...(byDate ? [] : variants.slice(1).map((v) => pf.search(v, { filters }))),
  ]);
  if (!main) return null;
  let ordered = main.results;
  if (extra.length > 0) {
    // The aliases make the typed query match every page the expanded one matches; the expanded query
    // adds Pagefind's own scoring of the real words (frequency, position), so a page keeps its best score.
    const best = new Map(main.results.map((r) => [r.id, r]));
    for (const res of extra) for (const r of res?.results ?? []) {
      const had = best.get(r.id);
      if (!had || r.score > had.score) best.set(r.id, r);
    }
    ordered = [...best.values()].sort((a, b) => b.score - a.score);
  }
  // No page has every word (Pagefind requires them all): leave out, in turn, each word and keep the
  // query that finds the most, so a stray or misspelt word in a long query does not end in nothing.
  let dropped: string | undefined;
  let countTerm = term;
  let countBase = main;
  const words = term?.split(' ') ?? [];
  // Only for three words or more, and without filters: "dau tu" without "dau" is "tu", which matches
  // nearly every page, and with filters the nothing is more likely the filters' doing (the page says so).
  if (ordered.length === 0 && words.length >= 3 && Object.keys(filters).length === 0) {
    const tries = await Promise.all(
      words.map(async (w, i) => {
        const q = words.filter((_, j) => j !== i).join(' ');
        return { w, q, res: await pf.search(q, byDate ? { filters, sort: { date: 'desc' } } : { filters }) };
      }),
    );
    const best = tries
      .filter((x) => x.res && x.res.results.length > 0)
      .sort((a, b) => b.res!.results.length - a.res!.results.length || (b.res!.results[0]?.score ?? 0) - (a.res!.results[0]?.score ?? 0))[0];
    if (best) {
      dropped = best.w;
      countTerm = best.q;
      countBase = best.res!;
      ordered = best.res!.results;
    }
  }
  const searchMs = lap();
  const depth = byDate ? pageSize : RERANK_DEPTH;
  const top = await Promise.all(ordered.slice(0, depth).map(async (r) => ({ id: r.id, score: r.score, data: await r.data() })));
  const fragmentsMs = lap();
  const hits = byDate
    ? top
    : rerank(
        state.q,
        top.map((h) => ({ ...h, title: h.data.meta.title ?? '', number: h.data.meta.number, aliases: h.data.meta.aliases, typeLabel: h.data.meta.typeLabel, year: h.data.filters.year?.[0], kind: h.data.filters.kind?.[0], docType: h.data.filters.type?.[0], content: h.data.content })),
      );
  const rerankMs = lap();
  const counts = {} as Record<SearchFacet, Record<string, number>>;
  await Promise.all(
    searchFacets.map(async (f) => {
      if (state.filters[f].length === 0) counts[f] = countBase.filters[f] ?? {};
      else counts[f] = (await pf.search(countTerm, { filters: pagefindFilters(state, f) }))?.filters[f] ?? {};
    }),
  );
  const timings = { search: searchMs, fragments: fragmentsMs, rerank: rerankMs, counts: lap() };
  return { total: ordered.length, hits: hits.map((h) => ({ id: h.id, data: h.data })), rest: ordered.slice(depth), counts, timings, dropped };
}
