/**
 * The search page's state in its URL, so a search can be bookmarked and shared:
 * ?q=nghi+dinh+61&type=nghi-dinh&type=thong-tu&year=2018&sort=date. The header form sends ?q= only.
 */
import { searchFacets, type SearchFacet } from './pageSearchMeta.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Record<SearchFacet, string[]>;
}

export function emptyFilters(): Record<SearchFacet, string[]> {
  return Object.fromEntries(searchFacets.map((f) => [f, [] as string[]])) as unknown as Record<SearchFacet, string[]>;
}

export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const f of searchFacets) filters[f] = [...new Set(params.getAll(f).map((v) => v.trim()).filter(Boolean))];
  return {
    q: (params.get('q') ?? '').normalize('NFC').trim().replace(/\s+/g, ' '),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    filters,
  };
}

/** The query string of a state ("" when empty); default sort and empty filters are left out. */
export function writeState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of searchFacets) for (const v of s.filters[f]) p.append(f, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/** Pagefind's filter object: { type: { any: [...] } } for each facet with a selection, leaving one out if asked. */
export function pagefindFilters(s: SearchState, except?: SearchFacet): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const f of searchFacets) if (f !== except && s.filters[f].length > 0) out[f] = { any: s.filters[f] };
  return out;
}

export function hasFilters(s: SearchState): boolean {
  return searchFacets.some((f) => s.filters[f].length > 0);
}
