import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, todayInVietnam, vietnamDate } from '../../../src/lib/formatDate.ts';

describe('formatDate', () => {
  it.each([
    ['2018-04-23', 'vi', '23/04/2018'],
    ['2018-04-23', 'en', '23 April 2018'],
    ['2024-01-30', 'vi', '30/01/2024'],
    ['2024-01-05', 'en', '5 January 2024'],
    ['2025-12-31', 'en', '31 December 2025'],
  ] as const)('%s in %s is %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it('reads a moment in Việt Nam’s zone, not UTC', () => {
    // 17:30 UTC on 30 January is already 31 January in Hải Phòng (UTC+7).
    const moment = new Date('2024-01-30T17:30:00Z');
    expect(vietnamDate(moment)).toBe('2024-01-31');
    expect(formatDate(moment, 'vi')).toBe('31/01/2024');
    expect(formatDateTime(moment, 'vi')).toBe('31/01/2024, 00:30');
    expect(todayInVietnam(moment)).toBe('2024-01-31');
  });

  it('refuses text that is not a date rather than printing it', () => {
    expect(() => formatDate('23/04/2018', 'vi')).toThrow(/not a YYYY-MM-DD date/);
  });
});
