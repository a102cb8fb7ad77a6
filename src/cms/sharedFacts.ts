/**
 * Facts shared by both language files of an entry, typed once (in Vietnamese) and written to both.
 * Top-level fields marked i18n 'duplicate' are copied by Decap itself; this copies the facts inside
 * translated lists, item by item: every nested field that is not text (a choice, a reference, a
 * number, a date, a yes/no) — a relation's type and target, a change note's date, a procedure's ways,
 * time limits and fees, a dossier item's copies, a cited document. Nested text (a note, a title) stays
 * translated. The content gate requires exactly these to agree (contentRules.ts).
 */
import type { Fields } from '../schemas/fields.ts';

const FACT_WIDGETS = new Set(['select', 'relation', 'number', 'datetime', 'boolean']);

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

/**
 * The translation's data with the shared facts of its lists taken from the original: the same
 * number of items, each item's facts from the original and its text from the translation's item at
 * the same place (empty when the original has more items).
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
    out[name] = source.map((item, i) => {
      const mine = current[i] !== null && typeof current[i] === 'object' ? (current[i] as Data) : {};
      const merged: Data = { ...mine };
      for (const fact of facts) {
        const value = (item as Data | null)?.[fact];
        if (value === undefined || value === null || value === '') delete merged[fact];
        else merged[fact] = value;
      }
      return merged;
    });
  }
  return out;
}
