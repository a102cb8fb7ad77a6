/**
 * A document's lifecycle as its page shows it, oldest first, computed inside each test: the steps
 * another document takes on it and those it takes on others, an end without a known date placed after the
 * last step of its life, notes of one day in the order they were written; and both sides of a relation.
 */
import { describe, expect, it } from 'vitest';
import { lifecycle, type LifecycleEvent } from '../../../../src/collections/legal/lifecycle.ts';
import { invertRelations } from '../../../../src/collections/legal/relations.ts';

const issuedOf = (slug: string) => ({ '01-2018-tt-vpcp': '2018-11-23', '118-2025-nd-cp': '2025-06-09', '107-2021-nd-cp': '2021-12-06' })[slug];
const steps = (events: LifecycleEvent[]) => events.map((e) => `${e.date ?? '?'} ${e.kind}${e.relation ? `:${e.relation.type}:${e.relation.direction}:${e.relation.other}` : ''}${e.note ? ` ${e.note}` : ''}`);

describe('lifecycle', () => {
  it('places an end without a known date after the latest step of the document’s life, whatever order the relations come in', () => {
    const events = lifecycle(
      { issued: '2018-04-23', effective: '2018-06-21', status: 'het-hieu-luc-toan-bo', changes: [{ date: '2026-11-29', note: 'Đăng tải lần đầu.' }] },
      [
        { type: 'thay-the', direction: 'passive', other: '118-2025-nd-cp' },
        { type: 'huong-dan', direction: 'passive', other: '01-2018-tt-vpcp' },
      ],
      issuedOf,
      '2026-11-30',
    );
    expect(steps(events)).toEqual([
      '2018-04-23 issued',
      '2018-06-21 effective',
      '2018-11-23 relation:huong-dan:passive:01-2018-tt-vpcp',
      '2025-06-09 relation:thay-the:passive:118-2025-nd-cp',
      '? ended',
      '2026-11-29 update Đăng tải lần đầu.',
    ]);
  });

  it('dates what a document does to others by its own entry into force, or its issue when that is unknown', () => {
    const amending = lifecycle({ issued: '2021-12-06', effective: '2022-01-01', status: 'con-hieu-luc' }, [{ type: 'sua-doi-bo-sung', direction: 'active', other: '61-2018-nd-cp' }], issuedOf, '2026-11-30');
    expect(steps(amending)).toEqual(['2021-12-06 issued', '2022-01-01 effective', '2022-01-01 relation:sua-doi-bo-sung:active:61-2018-nd-cp']);
    const undated = lifecycle({ issued: '2021-12-06', status: 'con-hieu-luc' }, [{ type: 'thay-the', direction: 'active', other: '61-2018-nd-cp' }], issuedOf, '2026-11-30');
    expect(undated).toEqual([
      { kind: 'issued', date: '2021-12-06', upcoming: false },
      { kind: 'effective', upcoming: false },
      { kind: 'relation', date: '2021-12-06', relation: { type: 'thay-the', direction: 'active', other: '61-2018-nd-cp' }, upcoming: false },
    ]);
  });

  it('keeps a relation to a document of unknown date undated, after the document’s issue', () => {
    const events = lifecycle({ issued: '2018-04-23', effective: '2018-06-21', status: 'con-hieu-luc' }, [{ type: 'huong-dan', direction: 'passive', other: 'khong-ro' }], issuedOf, '2026-11-30');
    expect(steps(events)).toEqual(['2018-04-23 issued', '? relation:huong-dan:passive:khong-ro', '2018-06-21 effective']);
  });

  it('does not end a document in force, and has no update without notes', () => {
    const events = lifecycle({ issued: '2025-06-09', effective: '2025-07-01', status: 'con-hieu-luc' }, [], issuedOf, '2026-11-30');
    expect(steps(events)).toEqual(['2025-06-09 issued', '2025-07-01 effective']);
  });

  it('lists notes of one day in the order they were written (the older is lower in the list)', () => {
    const events = lifecycle(
      { issued: '2025-06-09', effective: '2025-07-01', status: 'con-hieu-luc', changes: [{ date: '2026-11-30', note: 'Sửa tóm tắt.' }, { date: '2026-11-30', note: 'Đăng tải lần đầu.' }] },
      [],
      issuedOf,
      '2026-11-30',
    );
    expect(steps(events).slice(2)).toEqual(['2026-11-30 update Đăng tải lần đầu.', '2026-11-30 update Sửa tóm tắt.']);
  });

  it('orders steps of one day by kind: issue, entry into force, relation, end, update', () => {
    const events = lifecycle(
      { issued: '2026-07-01', effective: '2026-07-01', expiry: '2026-07-01', status: 'het-hieu-luc-toan-bo', changes: [{ date: '2026-07-01', note: 'Ghi chú.' }] },
      [{ type: 'dinh-chi', direction: 'active', other: 'x' }],
      issuedOf,
      '2026-11-30',
    );
    expect(events.map((e) => e.kind)).toEqual(['issued', 'effective', 'relation', 'ended', 'update']);
  });

  it('orders a long history too: amended every month of a year, listed in any order, with sixty notes in between', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    // Amendment a<mm> was issued on the 11th of month mm of 2026; the library lists them in no order.
    const listed = [7, 2, 11, 4, 9, 1, 12, 6, 3, 10, 5, 8];
    const relations = listed.map((m) => ({ type: 'sua-doi-bo-sung' as const, direction: 'passive' as const, other: `a${pad(m)}` }));
    // The portal's notes: five a month, on the 1st, 6th, 11th, 16th and 21st; stored newest first.
    const days = [1, 6, 11, 16, 21];
    const notes = Array.from({ length: 60 }, (_, i) => ({ date: `2026-${pad(Math.floor(i / 5) + 1)}-${pad(days[i % 5]!)}`, note: `n${i + 1}` })).reverse();
    const events = lifecycle(
      { issued: '2025-11-20', effective: '2025-12-01', status: 'het-hieu-luc-toan-bo', changes: notes },
      [...relations, { type: 'can-cu', direction: 'active', other: 'luat' }],
      (slug) => `2026-${slug.slice(1)}-11`,
      '2026-12-31',
    );
    const expected = ['2025-11-20 issued', '2025-12-01 effective'];
    for (let m = 1; m <= 12; m++) {
      const note = (k: number) => `2026-${pad(m)}-${pad(days[k]!)} update n${(m - 1) * 5 + k + 1}`;
      // On the 11th: the amendment, then (for the last one, which ends the document's life) the end, then the note.
      expected.push(note(0), note(1), `2026-${pad(m)}-11 relation:sua-doi-bo-sung:passive:a${pad(m)}`, ...(m === 12 ? ['? ended'] : []), note(2), note(3), note(4));
    }
    expect(expected).toHaveLength(75);
    expect(steps(events)).toEqual(expected);
  });

  it('marks only dates after today as upcoming', () => {
    const events = lifecycle({ issued: '2026-11-30', effective: '2026-12-01', expiry: '2027-12-31', status: 'chua-co-hieu-luc' }, [], issuedOf, '2026-11-30');
    expect(events.map((e) => [e.kind, e.upcoming])).toEqual([
      ['issued', false],
      ['effective', true],
      ['ended', true],
    ]);
  });
});

describe('invertRelations, computed in the test', () => {
  it('shows a relation on both documents, with its note', () => {
    const shown = invertRelations([
      { slug: '61-2018-nd-cp' },
      { slug: '118-2025-nd-cp', relations: [{ type: 'thay-the', target: '61-2018-nd-cp', note: 'Thay thế toàn bộ.' }] },
    ]);
    expect(shown.get('118-2025-nd-cp')).toEqual([{ type: 'thay-the', direction: 'active', other: '61-2018-nd-cp', note: 'Thay thế toàn bộ.' }]);
    expect(shown.get('61-2018-nd-cp')).toEqual([{ type: 'thay-the', direction: 'passive', other: '118-2025-nd-cp', note: 'Thay thế toàn bộ.' }]);
  });
});
