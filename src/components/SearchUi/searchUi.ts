/**
 * The search page in the browser: reads the state from the URL, runs the search on Pagefind, renders
 * the count (announced), results and facets, and keeps the URL in step (back/forward work).
 * No innerHTML: every text is set as text, highlights are built as <mark> elements.
 */
import { RERANK_DEPTH, runSearch, type Hit, type PagefindApi, type PagefindResult } from '../../search/engine.ts';
import { fold } from '../../search/fold.ts';
import { type SearchFacet } from '../../search/pageSearchMeta.ts';
import { hasFilters, readState, writeState, type SearchState } from '../../search/searchState.ts';

interface Config {
  lang: string;
  otherSearch: string;
  text: Record<string, string>;
  facets: { key: SearchFacet; label: string }[];
  labels: Partial<Record<SearchFacet, Record<string, string>>>;
}

const root = document.querySelector<HTMLElement>('[data-search-config]')!;
const config = JSON.parse(root.dataset.searchConfig!) as Config;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const facetsBox = root.querySelector<HTMLDetailsElement>('[data-search-facets]')!;
const facetList = root.querySelector<HTMLElement>('[data-search-facet-list]')!;
const moreWrap = root.querySelector<HTMLElement>('[data-search-more-wrap]')!;
const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const other = root.querySelector<HTMLElement>('[data-search-other]')!;
const otherLink = root.querySelector<HTMLAnchorElement>('[data-search-other-link]')!;
const activeCount = root.querySelector<HTMLElement>('[data-search-facets-active]')!;

const text = (key: string, params: Record<string, string | number> = {}) =>
  (config.text[key] ?? key).replace(/\{(\w+)\}/g, (w, n: string) => (n in params ? String(params[n]) : w));
const label = (facet: SearchFacet, value: string) => config.labels[facet]?.[value] ?? value;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

let pagefind: Promise<PagefindApi> | null = null;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as PagefindApi & { options(o: object): Promise<void>; init(): Promise<void>; filters(): Promise<unknown> };
    await pf.options({ excerptLength: 28 });
    await pf.init();
    // Loads the filter index: without it, searches return no facet counts. Awaited before any search: a
    // search started while it was still loading came back without counts on a busy machine (no Year facet).
    await pf.filters();
    return pf;
  })();
  return pagefind;
}

/** The excerpt as plain text with every word that matches a query word (folded, as a prefix) marked. */
function highlighted(excerpt: string, query: string): Node[] {
  const plain = new DOMParser().parseFromString(excerpt, 'text/html').body.textContent ?? '';
  const terms = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: Node[] = [];
  for (const part of plain.split(/([\p{L}\p{N}]+)/u)) {
    if (part === '') continue;
    const f = fold(part);
    if (/[\p{L}\p{N}]/u.test(part) && terms.some((t) => f.startsWith(t))) out.push(el('mark', {}, part));
    else out.push(document.createTextNode(part));
  }
  return out;
}

function resultItem(h: Hit, query: string): HTMLLIElement {
  const m = h.data.meta;
  const kind = h.data.filters.kind?.[0];
  // A document is named by its number, then its title (which usually starts with the type already).
  const title = m.number && m.title ? `${m.number} – ${m.title}` : (m.title ?? m.name ?? h.data.url);
  const facts = [kind && kind !== 'document' ? label('kind', kind) : undefined, m.typeLabel, m.dateLabel].filter(Boolean) as string[];
  const li = el('li', { className: 'search-result' });
  li.append(el('a', { className: 'search-result__title', href: h.data.url }, title));
  // The status as the same badge the library shows, so a superseded document stands out at a glance.
  const status = m.statusLabel ? [' · ', el('strong', { className: `badge badge--${m.statusBadge ?? 'awaiting'}` }, m.statusLabel)] : [];
  if (facts.length || status.length) li.append(el('p', { className: 'search-result__meta' }, facts.join(' · '), ...(facts.length ? status : status.slice(1))));
  li.append(el('p', { className: 'search-result__excerpt' }, ...highlighted(h.data.excerpt, query)));
  return li;
}

function renderFacets(state: SearchState, counts: Record<SearchFacet, Record<string, number>>) {
  facetList.replaceChildren();
  for (const { key, label: legendText } of config.facets) {
    const values = new Map(Object.entries(counts[key] ?? {}));
    for (const v of state.filters[key]) if (!values.has(v)) values.set(v, 0);
    const entries = [...values].filter(([v, n]) => n > 0 || state.filters[key].includes(v));
    if (entries.length === 0) continue;
    entries.sort(key === 'year' ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || label(key, a[0]).localeCompare(label(key, b[0]), config.lang));
    const fs = el('fieldset', { className: 'search-facet' }, el('legend', {}, legendText));
    const ul = el('ul');
    for (const [value, n] of entries) {
      const id = `f-${key}-${value}`.replace(/[^\w-]/g, '_');
      const box = el('input', { type: 'checkbox', name: key, value, id, checked: state.filters[key].includes(value) });
      ul.append(el('li', {}, box, ' ', el('label', { htmlFor: id }, `${label(key, value)} `, el('span', { className: 'count' }, `(${n})`))));
    }
    fs.append(ul);
    facetList.append(fs);
  }
  if (hasFilters(state)) {
    const clear = el('button', { type: 'button', className: 'button--secondary' }, text('search.clearFilters'));
    clear.addEventListener('click', () => {
      for (const b of facetList.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) b.checked = false;
      void update(true);
    });
    facetList.append(el('p', {}, clear));
  }
  showFacets(facetList.childElementCount > 0, state);
}

/** The facets keep their place while empty (invisible), so results never move when they fill. On a phone
 * they stay folded (opening them would push the results down); the summary says how many are chosen. */
function showFacets(visible: boolean, state: SearchState) {
  facetsBox.toggleAttribute('data-empty', !visible);
  const n = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  activeCount.textContent = n > 0 ? `(${text('search.filtersActive', { n })})` : '';
}

let rest: PagefindResult[] = [];
let currentQuery = '';
let generation = 0;

async function render(state: SearchState) {
  const mine = ++generation;
  const started = performance.now();
  // For tests and assistive tooling: which search is on screen, and whether it has finished.
  root.dataset.searchState = 'loading';
  root.dataset.searchQuery = state.q;
  input.value = state.q;
  sortSelect.value = state.sort;
  otherLink.textContent = text('search.otherLang', { q: state.q });
  otherLink.href = `${config.otherSearch}${writeState({ ...state, filters: { ...state.filters, type: [], issuer: [], status: [] } })}`;
  if (state.q === '' && !hasFilters(state)) {
    list.replaceChildren();
    showFacets(false, state);
    moreWrap.hidden = true;
    other.hidden = true;
    status.textContent = text('search.prompt');
    root.dataset.searchState = 'done';
    return;
  }
  status.textContent = text('search.loading');
  list.setAttribute('aria-busy', 'true');
  try {
    const outcome = await runSearch(await loadPagefind(), state, config.lang);
    if (mine !== generation || !outcome) return;
    currentQuery = state.q;
    root.dataset.searchTimings = JSON.stringify(outcome.timings);
    rest = outcome.rest;
    list.replaceChildren(...outcome.hits.map((h) => resultItem(h, state.q)));
    renderFacets(state, outcome.counts);
    moreWrap.hidden = rest.length === 0;
    other.hidden = state.q === '';
    const n = outcome.total;
    status.textContent = state.q
      ? text(n === 0 ? 'search.count.none' : n === 1 ? 'search.count.one' : 'search.count.many', { n, q: state.q }) + (n === 0 ? ` ${text('search.noneHint')}` : '')
      : text('search.count.filtered', { n });
    if (outcome.dropped) status.textContent = `${text('search.relaxed', { q: state.q, word: outcome.dropped })} ${status.textContent}`;
  } catch (e) {
    console.warn(e);
    if (mine === generation) status.textContent = text('search.error');
  } finally {
    if (mine === generation) {
      list.removeAttribute('aria-busy');
      root.dataset.searchMs = String(Math.round(performance.now() - started));
      root.dataset.searchDoneAt = String(Math.round(performance.now()));
      root.dataset.searchState = 'done';
    }
  }
}

function stateFromForm(): SearchState {
  return readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

async function update(push: boolean) {
  const state = stateFromForm();
  const url = `${location.pathname}${writeState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  await render(state);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void update(true);
});
form.addEventListener('change', (e) => {
  if ((e.target as HTMLElement).matches('input[type=checkbox], select')) void update(true);
});
moreButton.addEventListener('click', async () => {
  const next = rest.splice(0, RERANK_DEPTH);
  const hits = await Promise.all(next.map(async (r) => ({ id: r.id, data: await r.data() })));
  const items = hits.map((h) => resultItem(h, currentQuery));
  list.append(...items);
  moreWrap.hidden = rest.length === 0;
  items[0]?.querySelector('a')?.focus();
});
window.addEventListener('popstate', () => void render(readState(new URLSearchParams(location.search))));
facetsBox.open = window.matchMedia('(min-width: 48em)').matches;
const initial = readState(new URLSearchParams(location.search));
void render(initial);
// On an empty search page Pagefind is loaded when the reader starts to type (it is ready by the time they
// press Enter), not with the page: a visit that searches nothing downloads none of it.
if (initial.q === '' && !hasFilters(initial)) input.addEventListener('input', () => void loadPagefind().catch(() => {}), { once: true });
