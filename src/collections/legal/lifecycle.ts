/**
 * A legal document's lifecycle, oldest first: issued → in force → guided, amended, partly repealed by …
 * → replaced, repealed or ended; with the portal's own change notes in their place. Built only from the
 * document's dates, its relations in both directions and its change notes; an unknown date stays unknown
 * (the page shows it as awaiting verification), never guessed.
 */
import type { ShownRelation } from './relations.ts';
import type { RelationType, Status } from '../../schemas/legal.vocab.ts';

export type LifecycleKind = 'issued' | 'effective' | 'relation' | 'ended' | 'update';

export interface LifecycleEvent {
  kind: LifecycleKind;
  /** YYYY-MM-DD; absent when the date is awaiting verification. */
  date?: string;
  /** For a relation: the date is the other document's date of issue (passive) or this one's entry into force (active). */
  relation?: { type: RelationType; direction: 'active' | 'passive'; other: string };
  /** For a portal update: the change note. */
  note?: string;
  /** After today (in Việt Nam): an announced date. */
  upcoming: boolean;
}

/** Relations that mark a step in a document's life; basis and citations do not. */
export const lifecycleRelationTypes: ReadonlySet<RelationType> = new Set<RelationType>(['huong-dan', 'trien-khai', 'sua-doi-bo-sung', 'thay-the', 'bai-bo', 'bai-bo-mot-phan', 'dinh-chi']);

const order: Record<LifecycleKind, number> = { issued: 0, effective: 1, relation: 2, ended: 3, update: 4 };

export interface LifecycleInput {
  issued: string;
  effective?: string;
  expiry?: string;
  status: Status;
  changes?: { date: string; note: string }[];
}

export function lifecycle(d: LifecycleInput, relations: readonly ShownRelation[], issuedOf: (slug: string) => string | undefined, today: string): LifecycleEvent[] {
  const events: (LifecycleEvent & { key: string })[] = [];
  const add = (e: Omit<LifecycleEvent, 'upcoming'>, key: string | undefined) =>
    // Stryker disable next-line StringLiteral: every caller passes a date as the key (the date of issue when another is unknown), so the '' fallback is never used
    events.push({ ...e, upcoming: e.date !== undefined && e.date > today, key: key ?? '' });
  add({ kind: 'issued', date: d.issued }, d.issued);
  add(d.effective ? { kind: 'effective', date: d.effective } : { kind: 'effective' }, d.effective ?? d.issued);
  for (const r of relations) {
    if (!lifecycleRelationTypes.has(r.type)) continue;
    const date = r.direction === 'passive' ? issuedOf(r.other) : (d.effective ?? d.issued);
    add({ kind: 'relation', ...(date ? { date } : {}), relation: { type: r.type, direction: r.direction, other: r.other } }, date ?? d.issued);
  }
  const latestLife = events.reduce((m, e) => (e.key > m ? e.key : m), d.issued);
  if (d.expiry) add({ kind: 'ended', date: d.expiry }, d.expiry);
  else if (d.status === 'het-hieu-luc-toan-bo') add({ kind: 'ended' }, latestLife);
  for (const c of [...(d.changes ?? [])].reverse()) add({ kind: 'update', date: c.date, note: c.note }, c.date);
  // Stable: equal keys keep the order they were added in (relations in the order the library lists them).
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : order[a.e.kind] - order[b.e.kind] || a.i - b.i))
    .map(({ e: { key: _key, ...e } }) => e);
}
