/**
 * Relations are stored once, on the acting document. This derives, for every document, the full list
 * of its relations in both directions: what it does to others, and what others do to it.
 */
import type { RelationType } from '../../schemas/legal.vocab.ts';

export interface StoredRelation {
  type: RelationType;
  target: string;
  note?: string;
}

export interface ShownRelation {
  type: RelationType;
  /** active: this document acts on the other; passive: the other acts on this one. */
  direction: 'active' | 'passive';
  other: string;
  note?: string;
}

export function invertRelations(docs: { slug: string; relations?: StoredRelation[] }[]): Map<string, ShownRelation[]> {
  const out = new Map<string, ShownRelation[]>(docs.map((d) => [d.slug, []]));
  for (const d of docs) {
    for (const r of d.relations ?? []) {
      const note = r.note ? { note: r.note } : {};
      // Stryker disable next-line OptionalChaining: out is built from the same docs, so every acting document has its list; only a target can be missing
      out.get(d.slug)?.push({ type: r.type, direction: 'active', other: r.target, ...note });
      out.get(r.target)?.push({ type: r.type, direction: 'passive', other: d.slug, ...note });
    }
  }
  return out;
}
