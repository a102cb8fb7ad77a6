/**
 * What a document page needs from the whole library of its language: lookups by slug, the relations
 * of every document in both directions, and the translated relation notes. Computed once per language
 * rather than once per page, which made a build quadratic in the number of documents.
 */
import { invertRelations, type ShownRelation } from './relations.ts';
import type { LegalData } from '../../schemas/legal.ts';

interface Doc {
  slug: string;
  data: LegalData;
}

export interface LegalIndex<D extends Doc> {
  bySlug: Map<string, D>;
  viBySlug: Map<string, D>;
  otherSlugs: Set<string>;
  /** Relations of each document, derived from the Vietnamese originals that every translation mirrors. */
  relations: Map<string, ShownRelation[]>;
  /** Relation notes of this language, keyed "<acting slug>:<type>:<target slug>". */
  notes: Map<string, string | undefined>;
}

export function legalIndex<D extends Doc>(docs: D[], viDocs: D[], otherDocs: D[]): LegalIndex<D> {
  return {
    bySlug: new Map(docs.map((d) => [d.slug, d])),
    viBySlug: new Map(viDocs.map((d) => [d.slug, d])),
    otherSlugs: new Set(otherDocs.map((d) => d.slug)),
    relations: invertRelations(viDocs.map((v) => ({ slug: v.slug, relations: v.data.relations }))),
    notes: new Map(docs.flatMap((x) => (x.data.relations ?? []).map((r) => [`${x.slug}:${r.type}:${r.target}`, r.note] as const))),
  };
}
