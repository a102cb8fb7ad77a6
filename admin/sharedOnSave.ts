/**
 * Writing the shared facts into the English file. Decap copies top-level shared fields itself, but not
 * the facts inside translated lists (a relation's type and target, a change note's date…). Just
 * before a save (preSave) the entry is remembered; when Decap then turns the English data into its
 * file, the facts are taken from the Vietnamese data (src/cms/sharedFacts.ts).
 */
import type { Map as ImmutableMap } from 'immutable';
import { collectionDefs, type CollectionDef } from '../src/schemas/index.ts';
import { withSharedFacts } from '../src/cms/sharedFacts.ts';
import type { EntryData } from '../src/cms/format.ts';

type Imm = ImmutableMap<string, unknown> & { getIn(path: unknown[]): unknown };

let saving: { def: CollectionDef; vi: EntryData; enJson: string } | undefined;

const plain = (v: unknown): EntryData => ((v as { toJS?: () => unknown })?.toJS?.() ?? {}) as EntryData;

export function rememberForSaving(entry: Imm) {
  const def = (collectionDefs as Record<string, CollectionDef>)[String(entry.get('collection'))];
  const en = entry.getIn(['i18n', 'en', 'data']);
  saving = def && en ? { def, vi: plain(entry.get('data')), enJson: JSON.stringify(plain(en)) } : undefined;
}

/** The data of the entry's English file with the facts of the Vietnamese one; any other data as it is. */
export function englishWithSharedFacts(data: EntryData): EntryData {
  if (!saving || JSON.stringify(data) !== saving.enJson) return data;
  return withSharedFacts(saving.def.fields, saving.vi, data) as EntryData;
}
