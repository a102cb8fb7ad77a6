/**
 * The validity status a reader sees, on both sides of the effective day, and the relations of every
 * type shown in both directions, with the loops asserting how many pairs they checked.
 */
import { describe, expect, it } from 'vitest';
import { documentStatus } from '../../src/lib/documentStatus.ts';
import { invertRelations } from '../../src/lib/invertRelations.ts';
import { legalIndex } from '../../src/lib/legalIndex.ts';
import { byIssuedDesc, facetCounts, facetValue } from '../../src/lib/legalFacets.ts';
import { collectionDefs } from '../../src/schemas/index.ts';
import type { LegalData } from '../../src/schemas/legal.ts';
import { relationTypes, statuses } from '../../src/schemas/vocabulary.ts';
import { validDoc } from '../helpers/contentFixture.ts';

const badges = {
  'con-hieu-luc': 'in-force',
  'het-hieu-luc-mot-phan': 'partly',
  'het-hieu-luc-toan-bo': 'no-longer',
  'chua-co-hieu-luc': 'not-yet',
  'ngung-hieu-luc': 'suspended',
  'chua-xac-dinh': 'awaiting',
} as const;

describe('documentStatus: the badge a reader sees', () => {
  it('has a badge for every status', () => {
    expect(Object.keys(badges).sort()).toEqual([...statuses].sort());
  });

  it.each(Object.entries(badges))('%s → %s, with the date it was checked', (status, badge) => {
    expect(documentStatus({ status: status as (typeof statuses)[number], statusCheckedOn: '2026-10-01' }, '2026-11-29')).toEqual({
      badge,
      status,
      checkedOn: '2026-10-01',
    });
  });

  it('"in force" is "not yet in force" until the day before the effective day, and "in force" ON that day', () => {
    const d = { status: 'con-hieu-luc' as const, statusCheckedOn: '2026-11-01', effective: '2026-12-01' };
    expect(documentStatus(d, '2026-11-30')).toEqual({ badge: 'not-yet', status: 'chua-co-hieu-luc', checkedOn: '2026-11-01' });
    expect(documentStatus(d, '2026-12-01')).toEqual({ badge: 'in-force', status: 'con-hieu-luc', checkedOn: '2026-11-01' });
    expect(documentStatus(d, '2026-12-02').badge).toBe('in-force');
  });

  it('"in force" without an effective date stays in force', () => {
    expect(documentStatus({ status: 'con-hieu-luc', statusCheckedOn: '2026-11-01' }, '2026-11-29').badge).toBe('in-force');
  });

  it.each(statuses.filter((s) => s !== 'con-hieu-luc'))('a future effective date does not change the recorded status %s', (status) => {
    expect(documentStatus({ status, statusCheckedOn: '2026-11-01', effective: '2030-01-01' }, '2026-11-29').status).toBe(status);
  });
});

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

  it('gives a document without relations an empty list, and one with no note no note field', () => {
    const out = invertRelations([{ slug: 'a', relations: [{ type: 'can-cu', target: 'b' }] }, { slug: 'b' }, { slug: 'c' }]);
    expect(out.get('c')).toEqual([]);
    expect(out.get('b')).toEqual([{ type: 'can-cu', direction: 'passive', other: 'a' }]);
    expect([...out.keys()]).toEqual(['a', 'b', 'c']);
  });
});

const legal = (slug: string, over: Record<string, unknown> = {}) => ({ slug, data: collectionDefs.legal.schema.parse(validDoc(over)) as LegalData });

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
  ];

  it('counts each value, in the vocabulary’s order for fixed lists and newest year first', () => {
    expect(facetCounts(docs, 'status')).toEqual([
      { value: 'con-hieu-luc', count: 1 },
      { value: 'ngung-hieu-luc', count: 1 },
      { value: 'chua-xac-dinh', count: 2 },
    ]);
    expect(facetCounts(docs, 'year')).toEqual([
      { value: '2021', count: 2 },
      { value: '2019', count: 1 },
      { value: '2018', count: 1 },
    ]);
    expect(facetCounts(docs, 'docType')).toEqual([
      { value: 'luat', count: 1 },
      { value: 'nghi-dinh', count: 3 },
    ]);
    expect(facetValue(docs[1]!.data, 'issuer')).toBe('quoc-hoi');
    expect(facetValue(docs[1]!.data, 'year')).toBe('2021');
  });

  it('orders documents newest first, then by number', () => {
    const list = [legal('x', { number: '9/2021/NĐ-CP', issued: '2021-01-01', effective: '2021-01-01' }), legal('y', { number: '10/2021/NĐ-CP', issued: '2021-01-01', effective: '2021-01-01' }), legal('z', { issued: '2022-01-01', effective: '2022-01-01', number: '1/2022/NĐ-CP' })];
    expect([...list].sort(byIssuedDesc).map((d) => d.slug)).toEqual(['z', 'y', 'x']);
  });
});
