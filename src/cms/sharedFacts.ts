/**
 * Facts shared by both language files of an entry, typed once (in Vietnamese) and written to both.
 * Top-level fields marked i18n 'duplicate' are copied by Decap itself; this copies the facts inside
 * translated lists, item by item: every nested field that is not text (a choice, a reference, a
 * number, a date, a yes/no) — a relation's type and target, a change note's date, a procedure's ways,
 * time limits and fees, a dossier item's copies, a cited document. Nested text (a note, a title) stays
 * translated. The content gate requires exactly these to agree (contentRules.ts).
 */
import type { Fields } from '../schemas/fields.ts';

/** The widgets whose values are facts (not text to translate). */
export const FACT_WIDGETS: ReadonlySet<string> = new Set(['select', 'relation', 'number', 'datetime', 'boolean']);

/** The nested fields of each translated list that are facts, by list name. */
export function sharedListFacts(fields: Fields): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, f] of Object.entries(fields)) {
    if (f.cms.widget !== 'list' || f.cms.i18n !== true || !f.cms.fields) continue;
    const facts = f.cms.fields.filter((n) => FACT_WIDGETS.has(n.widget)).map((n) => n.name);
    if (facts.length) out[name] = facts;
  }
  return out;
}

type Data = Record<string, unknown>;

const isItem = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);
const factsKey = (item: unknown, facts: readonly string[]) => JSON.stringify(facts.map((f) => (isItem(item) ? (item[f] ?? null) : null)));

/**
 * Which translated item goes with each original item: the first unused one with the same facts (so a
 * change note added on top of the list, or a relation added between two others, leaves the others'
 * translations with their own items), then, for originals whose facts were changed, the unused ones in
 * order. An original with no translated item left gets none (undefined).
 */
export function alignItems(original: readonly unknown[], translation: readonly unknown[], facts: readonly string[]): (number | undefined)[] {
  const used = new Set<number>();
  const keys = translation.map((item) => factsKey(item, facts));
  const pairs: (number | undefined)[] = original.map((item) => {
    const key = factsKey(item, facts);
    const j = keys.findIndex((k, index) => k === key && !used.has(index));
    if (j === -1) return undefined;
    used.add(j);
    return j;
  });
  const rest = translation.map((_, j) => j).filter((j) => !used.has(j));
  return pairs.map((j) => j ?? rest.shift());
}

/**
 * The translation's data with the shared facts of its lists taken from the original: the same
 * number of items, each with the original item's facts and the text of the translated item that goes
 * with it (alignItems; none when the original has more items).
 */
export function withSharedFacts(fields: Fields, original: Data, translation: Data): Data {
  const out: Data = { ...translation };
  for (const [name, facts] of Object.entries(sharedListFacts(fields))) {
    const source = original[name];
    if (!Array.isArray(source) || source.length === 0) {
      if (Array.isArray(out[name])) delete out[name];
      continue;
    }
    const current = Array.isArray(translation[name]) ? (translation[name] as unknown[]) : [];
    const pairs = alignItems(source, current, facts);
    out[name] = source.map((item, i) => {
      const j = pairs[i];
      const mine = j !== undefined && isItem(current[j]) ? current[j] : {};
      const merged: Data = { ...mine };
      for (const fact of facts) {
        const value = isItem(item) ? item[fact] : undefined;
        if (value === undefined || value === null || value === '') delete merged[fact];
        else merged[fact] = value;
      }
      return merged;
    });
  }
  return out;
}
