/**
 * What a page tells Pagefind about itself, beyond its text: filters (the search page's facets), a sort
 * key, and metadata shown in results or used by the re-rank (number, aliases). One place builds it, so
 * every page kind (document, procedure, news) carries the same keys.
 */
import { pageAliases } from './aliases.ts';

/** The content kinds of the search page's "kind" facet. */
export const searchKinds = ['document', 'procedure', 'news'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Facet keys as they appear in Pagefind filters and in the search page's URL (?type=nghi-dinh). */
export const searchFacets = ['kind', 'type', 'issuer', 'year', 'status'] as const;
export type SearchFacet = (typeof searchFacets)[number];

export interface PageSearchInput {
  kind: SearchKind;
  /** Calendar date (YYYY-MM-DD) for sorting by date, and its label in the page's language. */
  date?: string;
  dateLabel?: string;
  /** A sort key only, for pages whose date is not a date of issue (a procedure's last check): Pagefind
   * leaves pages without a sort key out of a sorted search. Not a year facet value. */
  sortDate?: string;
  /** Document numbers the page is about (a document's own number, a procedure's code). */
  numbers?: string[];
  /** "Nghị định 61/2018/NĐ-CP": how results name the page before its title. */
  name?: string;
  /** A label results show when the page has no document type (a procedure's field: "Đầu tư"). */
  label?: string;
  /** Facet values (keys, not labels) and the labels results show. */
  type?: { value: string; label: string };
  issuer?: { value: string; label: string };
  /** The status badge (validity(), collections/legal/status.ts) as results show it: its label and badge kind (in-force, no-longer…). */
  status?: { value: string; label: string; badge?: string };
  /** All text of the page the aliases are drawn from (title, summary, raw body). */
  text: string;
}

export interface PageSearchMeta {
  filters: [SearchFacet, string][];
  sort: [string, string][];
  meta: [string, string][];
}

export function pageSearchMeta(p: PageSearchInput): PageSearchMeta {
  const filters: [SearchFacet, string][] = [['kind', p.kind]];
  if (p.type) filters.push(['type', p.type.value]);
  if (p.issuer) filters.push(['issuer', p.issuer.value]);
  if (p.date) filters.push(['year', p.date.slice(0, 4)]);
  if (p.status) filters.push(['status', p.status.value]);
  const meta: [string, string][] = [['kind', p.kind]];
  if (p.name) meta.push(['name', p.name]);
  if (p.numbers?.[0]) meta.push(['number', p.numbers[0]]);
  if (p.type ?? p.label) meta.push(['typeLabel', p.type?.label ?? p.label!]);
  if (p.dateLabel) meta.push(['dateLabel', p.dateLabel]);
  if (p.status) meta.push(['statusLabel', p.status.label]);
  if (p.status?.badge) meta.push(['statusBadge', p.status.badge]);
  const aliases = pageAliases({ numbers: p.numbers, text: p.text });
  if (aliases) meta.push(['aliases', aliases]);
  const sortKey = p.date ?? p.sortDate;
  return { filters, sort: sortKey ? [['date', sortKey]] : [], meta };
}
