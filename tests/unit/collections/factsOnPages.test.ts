/**
 * Small facts as pages print them, at their edges: a procedure's time limit and its schema.org duration
 * when a part is missing, a programme target's progress at 0 and at exactly the target, figures in each
 * language, and the calendar's "coming up" list with a limit.
 */
import { describe, expect, it } from 'vitest';
import { formatTimeLimit, isoDuration } from '../../../src/collections/procedures/facts.ts';
import { formatFigure, formatNumber, targetProgress } from '../../../src/collections/programme/targetProgress.ts';
import { upcoming } from '../../../src/collections/events/timing.ts';

describe('procedure time limits', () => {
  it('are printed only with both the number and the unit', () => {
    expect(formatTimeLimit({ timeLimit: 15, timeUnit: 'ngay-lam-viec' }, 'vi')).toBe('15 ngày làm việc');
    expect(formatTimeLimit({ timeLimit: 15, timeUnit: 'ngay-lam-viec' }, 'en')).toBe('15 working days');
    expect(formatTimeLimit({ timeLimit: 15 }, 'vi')).toBeNull();
    expect(formatTimeLimit({ timeUnit: 'ngay' }, 'en')).toBeNull();
  });

  it('become a schema.org duration only with a number, in days or hours', () => {
    expect(isoDuration({ timeLimit: 3, timeUnit: 'ngay' })).toBe('P3D');
    expect(isoDuration({ timeLimit: 8, timeUnit: 'gio' })).toBe('PT8H');
    expect(isoDuration({ timeUnit: 'ngay' })).toBeNull();
    expect(isoDuration({ timeUnit: 'gio' })).toBeNull();
    expect(isoDuration({ timeLimit: 15, timeUnit: 'ngay-lam-viec' })).toBeNull();
  });
});

describe('programme targets', () => {
  it('a target of 0 (or less) cannot be measured against: awaiting', () => {
    expect(targetProgress({ target: 0, reached: 0 })).toEqual({ state: 'awaiting' });
    expect(targetProgress({ target: -5, reached: 1 })).toEqual({ state: 'awaiting' });
  });

  it('reaching exactly the target meets it; one short does not', () => {
    expect(targetProgress({ target: 100, reached: 100 })).toEqual({ state: 'met', percent: 100 });
    expect(targetProgress({ target: 100, reached: 99 })).toEqual({ state: 'in-progress', percent: 99 });
    expect(targetProgress({ target: 3, reached: 7 })).toEqual({ state: 'met', percent: 100 });
  });

  it('figures keep at most two decimals, in each language’s way', () => {
    expect(formatNumber(2.555, 'en')).toBe('2.56');
    expect(formatNumber(2.5, 'vi')).toBe('2,5');
    expect(formatFigure(2.5, 'usd-billion', 'vi')).toBe('2,5 tỷ USD');
    expect(formatFigure(2.5, 'usd-billion', 'en')).toBe('USD 2.5 billion');
    expect(formatFigure(95, 'percent', 'en')).toBe('95%');
    expect(formatFigure(1200, undefined, 'vi')).toBe('1.200');
  });
});

describe('the calendar’s coming events', () => {
  const ev = (date: string) => ({ data: { date } });
  it('are today’s and later ones, earliest first, as many as asked for', () => {
    const list = [ev('2026-12-31'), ev('2026-11-29'), ev('2026-11-30'), ev('2027-01-15')];
    expect(upcoming(list, '2026-11-30').map((e) => e.data.date)).toEqual(['2026-11-30', '2026-12-31', '2027-01-15']);
    expect(upcoming(list, '2026-11-30', 2).map((e) => e.data.date)).toEqual(['2026-11-30', '2026-12-31']);
  });
});
