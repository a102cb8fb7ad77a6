/**
 * Shared facts inside translated lists, shown read-only in the English pane. Decap makes a top-level
 * field marked `i18n: duplicate` read-only in the English pane itself, but its list widget does not
 * hand that down to the fields of each item: a relation's type and target, a change note's date, a
 * procedure's way of submitting, time limit and fee were all editable in English, though the
 * Vietnamese values are what is saved (admin/sharedOnSave.ts, src/cms/sharedFacts.ts).
 *
 * The English pane's list shows the Vietnamese items' facts (the same number of items, in the same
 * order), with no add, remove or reorder of its own; the facts in each item are drawn inert, with a
 * hint; the texts stay editable. The list tells its items through a React context.
 */
import { createContext, createElement as h, type ReactNode } from 'react';
import { collectionDefs, type CollectionDef } from '../src/schemas/index.ts';
import { alignItems, sharedListFacts } from '../src/cms/sharedFacts.ts';

/** What a field inside a translated list of the English pane knows: which of the item's fields are facts. */
export const SharedFactsScope = createContext<{ facts: readonly string[] } | null>(null);

/** The facts of a translated top-level list, when `locale` is a translation's; otherwise undefined. */
export function factsOfEnglishList(collection: string, field: string, locale: string | undefined): string[] | undefined {
  if (!locale || locale === 'vi') return undefined;
  const def = (collectionDefs as Record<string, CollectionDef>)[collection];
  return def ? sharedListFacts(def.fields)[field] : undefined;
}

/** Decap's Immutable values, used through their own methods (so they stay Decap's instances). */
interface ImmMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmMap;
  delete(key: string): ImmMap;
  clear(): ImmMap;
  filter(fn: (value: unknown, key: string) => boolean): ImmMap;
}
interface ImmList {
  size: number;
  get(index: number): unknown;
  map(fn: (item: ImmMap, index: number) => unknown): ImmList;
  clear(): ImmList;
  toJS(): unknown[];
}
const isList = (v: unknown): v is ImmList => Boolean(v && typeof (v as ImmList).map === 'function' && typeof (v as ImmList).size === 'number');
const isMap = (v: unknown): v is ImmMap => Boolean(v && typeof (v as ImmMap).set === 'function' && typeof (v as ImmMap).filter === 'function');

/**
 * The English list as it will be saved: one item per Vietnamese item, each with the Vietnamese facts
 * and the texts of the English item that goes with it (src/cms/sharedFacts.ts does the same on plain
 * data, and pairs the items the same way).
 */
export function englishListWithFacts(vi: unknown, en: unknown, facts: readonly string[]): unknown {
  if (!isList(vi) || vi.size === 0) return isList(en) ? en.clear() : en;
  const pairs = alignItems(vi.toJS(), isList(en) ? en.toJS() : [], facts);
  return vi.map((viItem, i) => {
    if (!isMap(viItem)) return viItem;
    const j = pairs[i];
    const own = j !== undefined && isList(en) ? en.get(j) : undefined;
    let item = isMap(own) ? own : viItem.filter((_, key) => facts.includes(key));
    for (const fact of facts) {
      const value = viItem.get(fact);
      item = value === undefined || value === null || value === '' ? item.delete(fact) : item.set(fact, value);
    }
    return item;
  });
}

/** A fact inside an English list item: shown, not editable, with where to change it. */
export function readOnlyFact(control: ReactNode): ReactNode {
  return h(
    'div',
    { className: 'heza-shared', inert: true, 'aria-disabled': 'true' },
    control,
    h('p', { className: 'heza-shared__hint' }, 'Dùng chung cho hai ngôn ngữ: sửa ở cột tiếng Việt.'),
  );
}

export const SHARED_STYLE = `
.heza-shared { opacity: .7; }
.heza-shared__hint { margin: 4px 0 0; font: 12px/1.4 system-ui, sans-serif; color: #505a5f; }
`;
