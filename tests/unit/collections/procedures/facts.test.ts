import { describe, expect, it } from 'vitest';
import { formatFee, formatTimeLimit, groupByField, isoDuration } from '../../../../src/collections/procedures/facts.ts';

describe('procedure facts as they read on a page', () => {
  it.each([
    [{ timeLimit: 15, timeUnit: 'ngay' as const }, 'vi', '15 ngày'],
    [{ timeLimit: 5, timeUnit: 'ngay-lam-viec' as const }, 'vi', '5 ngày làm việc'],
    [{ timeLimit: 5, timeUnit: 'ngay-lam-viec' as const }, 'en', '5 working days'],
    [{ timeLimit: 4, timeUnit: 'gio' as const }, 'en', '4 hours'],
    [{}, 'vi', null],
    [{ timeLimit: 15 }, 'en', null],
  ] as const)('time limit %j in %s → %s', (c, lang, expected) => {
    expect(formatTimeLimit(c, lang)).toBe(expected);
  });

  it('shows an unknown fee as null (awaiting verification), 0 as free, and amounts in đồng', () => {
    expect(formatFee({}, 'vi')).toBeNull();
    expect(formatFee({ fee: 0 }, 'vi')).toBe('Không thu phí');
    expect(formatFee({ fee: 0 }, 'en')).toBe('Free');
    expect(formatFee({ fee: 1500000 }, 'vi')).toBe('1.500.000 đồng');
    expect(formatFee({ fee: 1500000 }, 'en')).toBe('VND 1,500,000');
  });

  it('gives an ISO duration only where it is exact', () => {
    expect(isoDuration({ timeLimit: 20, timeUnit: 'ngay' })).toBe('P20D');
    expect(isoDuration({ timeLimit: 8, timeUnit: 'gio' })).toBe('PT8H');
    expect(isoDuration({ timeLimit: 5, timeUnit: 'ngay-lam-viec' })).toBeNull();
    expect(isoDuration({})).toBeNull();
  });

  it('groups by field in the vocabulary order and leaves empty fields out', () => {
    const items = [{ id: 1, data: { field: 'xay-dung' as const } }, { id: 2, data: { field: 'dau-tu' as const } }, { id: 3, data: { field: 'dau-tu' as const } }];
    expect(groupByField(items).map((g) => [g.field, g.items.map((i) => i.id)])).toEqual([
      ['dau-tu', [2, 3]],
      ['xay-dung', [1]],
    ]);
  });
});
