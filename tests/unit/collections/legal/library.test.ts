/**
 * Relations of every type shown in both directions (the loops assert how many they checked), the
 * library index a document page reads, and the facet counts and order of the library.
 */
import { describe, expect, it } from 'vitest';
import { invertRelations } from '../../../../src/collections/legal/relations.ts';
import { legalIndex } from '../../../../src/collections/legal/library.ts';
import { byIssuedDesc, facetCounts, facetValue } from '../../../../src/collections/legal/facets.ts';
import { validity } from '../../../../src/collections/legal/status.ts';
import { collectionDefs } from '../../../../src/schemas/index.ts';
import type { LegalData } from '../../../../src/schemas/legal.ts';
import { relationTypes } from '../../../../src/schemas/legal.vocab.ts';
import { validDoc } from '../../../helpers/contentFixture.ts';

const TODAY = '2026-11-30';

describe('invertRelations: every relation type in both directions', () => {
  const acting = relationTypes.map((type, i) => ({ slug: `a${i}`, relations: [{ type, target: 'target', note: `ghi chú ${i}` }] }));
  const shown = invertRelations([{ slug: 'target' }, ...acting]);

  it('shows every type on the acting document (active) and on its target (passive), with the note on both', () => {
    let checked = 0;
    relationTypes.forEach((type, i) => {
      expect(shown.get(`a${i}`)).toEqual([{ type, direction: 'active', other: 'target', note: `ghi chú ${i}` }]);
      expect(shown.get('target')).toContainEqual({ type, direction: 'passive', other: `a${i}`, note: `ghi chú ${i}` });
      checked++;
    });
    expect(checked).toBe(9);
    expect(shown.get('target')).toHaveLength(relationTypes.length);
  });

  it('gives a document without relations an empty list, and a relation without a note no note field', () => {
    const out = invertRelations([{ slug: 'a', relations: [{ type: 'can-cu', target: 'b' }] }, { slug: 'b' }, { slug: 'c' }]);
    expect(out.get('c')).toEqual([]);
    expect(out.get('b')).toEqual([{ type: 'can-cu', direction: 'passive', other: 'a' }]);
    expect([...out.keys()]).toEqual(['a', 'b', 'c']);
  });
});

const legal = (slug: string, over: Record<string, unknown> = {}) => {
  const data = collectionDefs.legal.schema.parse(validDoc(over)) as LegalData;
  return { slug, data, validity: validity(data, TODAY) };
};

describe('legalIndex: what a document page needs from the library', () => {
  const viDocs = [legal('a', { relations: [{ type: 'huong-dan', target: 'b', note: 'Ghi chú' }] }), legal('b', { number: '2/2019/NĐ-CP' })];
  const enDocs = [legal('a', { relations: [{ type: 'huong-dan', target: 'b', note: 'A note' }] })];

  it('looks documents up by slug in this language and in Vietnamese, and knows which have a counterpart', () => {
    const en = legalIndex(enDocs, viDocs, viDocs);
    expect([...en.bySlug.keys()]).toEqual(['a']);
    expect([...en.viBySlug.keys()]).toEqual(['a', 'b']);
    expect([...en.otherSlugs]).toEqual(['a', 'b']);
  });

  it('takes relations from the Vietnamese originals and notes from this language', () => {
    const en = legalIndex(enDocs, viDocs, viDocs);
    expect(en.relations.get('b')).toEqual([{ type: 'huong-dan', direction: 'passive', other: 'a', note: 'Ghi chú' }]);
    expect([...en.notes]).toEqual([['a:huong-dan:b', 'A note']]);
  });
});

describe('legal facets', () => {
  const docs = [
    legal('a', { status: 'con-hieu-luc', issued: '2018-04-23' }),
    legal('b', { status: 'chua-xac-dinh', issued: '2021-01-01', effective: '2021-01-01', docType: 'luat', issuer: 'quoc-hoi' }),
    legal('c', { status: 'chua-xac-dinh', issued: '2021-05-05', effective: '2021-05-05' }),
    legal('d', { status: 'ngung-hieu-luc', issued: '2019-01-01', effective: '2019-01-01' }),
    // Recorded in force, but from a day that has not come: counted where readers see it, not yet in force.
    legal('e', { status: 'con-hieu-luc', issued: '2026-01-01', effective: '2027-01-01' }),
  ];

  it('counts each value, in the vocabulary’s order for fixed lists and newest year first', () => {
    expect(facetCounts(docs, 'status')).toEqual([
      { value: 'con-hieu-luc', count: 1 },
      { value: 'chua-co-hieu-luc', count: 1 },
      { value: 'ngung-hieu-luc', count: 1 },
      { value: 'chua-xac-dinh', count: 2 },
    ]);
    expect(facetCounts(docs, 'year')).toEqual([
      { value: '2026', count: 1 },
      { value: '2021', count: 2 },
      { value: '2019', count: 1 },
      { value: '2018', count: 1 },
    ]);
    expect(facetCounts(docs, 'docType')).toEqual([
      { value: 'luat', count: 1 },
      { value: 'nghi-dinh', count: 4 },
    ]);
    expect(facetCounts(docs, 'issuer').map((c) => c.value)).toEqual(['quoc-hoi', 'chinh-phu']);
    expect(facetValue(docs[1]!, 'issuer')).toBe('quoc-hoi');
    expect(facetValue(docs[1]!, 'year')).toBe('2021');
    expect(facetValue(docs[4]!, 'status')).toBe('chua-co-hieu-luc');
  });

  it('orders documents newest first, then by number', () => {
    const list = [
      legal('x', { number: '9/2021/NĐ-CP', issued: '2021-01-01', effective: '2021-01-01' }),
      legal('y', { number: '10/2021/NĐ-CP', issued: '2021-01-01', effective: '2021-01-01' }),
      legal('z', { issued: '2022-01-01', effective: '2022-01-01', number: '1/2022/NĐ-CP' }),
    ];
    expect([...list].sort(byIssuedDesc).map((d) => d.slug)).toEqual(['z', 'y', 'x']);
  });
});
