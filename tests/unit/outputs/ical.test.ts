/** The iCalendar writer: RFC 5545 line endings, folding by octets, escaping, all-day dates. */
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, icsDate, icsDateTime, nextDay, parseCalendar } from '../../../src/outputs/ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

const cal = (summary: string, description?: string) =>
  buildCalendar({
    prodId: '-//heza.gov.vn//Test//VI',
    name: 'Lịch báo cáo',
    generated: new Date(Date.UTC(2026, 10, 29, 4, 5, 6)),
    events: [
      { uid: 'b@heza.gov.vn', date: '2024-12-31', summary },
      { uid: 'a@heza.gov.vn', date: '2024-03-03', summary: 'Hạn báo cáo quý I', description, url: 'https://heza.gov.vn/vi/lich-bao-cao/#a', categories: ['Báo cáo quý'] },
    ],
  });

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['line 1\nline 2', 'line 1\\nline 2'],
    ['line 1\r\nline 2', 'line 1\\nline 2'],
  ])('%j → %j', (input, expected) => expect(escapeText(input)).toBe(expected));

  it('writes Vietnamese in NFC whatever form it came in', () => {
    const nfd = 'Hạn báo cáo'.normalize('NFD');
    expect(escapeText(nfd)).toBe('Hạn báo cáo'.normalize('NFC'));
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines so that no physical line exceeds 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'Báo cáo kết quả tuyên truyền cải cách hành chính quý III; '.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('never splits a multi-octet character', () => {
    const line = `SUMMARY:${'ệ'.repeat(60)}`; // 3 octets each
    for (const p of foldLine(line).split('\r\n')) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).not.toThrow();
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
});

describe('dates', () => {
  it('writes all-day dates and the exclusive end day, across month and year ends', () => {
    expect(icsDate('2024-03-03')).toBe('20240303');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
    expect(icsDateTime(new Date(Date.UTC(2026, 10, 29, 4, 5, 6)))).toBe('20261129T040506Z');
    expect(() => icsDate('3/3/2024')).toThrow(/YYYY-MM-DD/);
  });
});

describe('buildCalendar', () => {
  const text = cal('Hạn báo cáo năm, “trước ngày 31/12”; xem kế hoạch', 'Dòng 1\nDòng 2, có dấu phẩy');

  it('ends every line with CRLF and has no bare LF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has the calendar properties and, for each event, UID, DTSTAMP and an all-day DTSTART', () => {
    const { props, events } = parseCalendar(text);
    expect(props).toMatchObject({ BEGIN: 'VCALENDAR', VERSION: '2.0', PRODID: '-//heza.gov.vn//Test//VI', 'X-WR-CALNAME': 'Lịch báo cáo' });
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.UID).toMatch(/@heza\.gov\.vn$/);
      expect(e.DTSTAMP).toBe('20261129T040506Z');
      expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
    }
  });

  it('sorts events by date and round-trips escaped text', () => {
    const { events } = parseCalendar(text);
    expect(events.map((e) => e.UID)).toEqual(['a@heza.gov.vn', 'b@heza.gov.vn']);
    expect(events[0]!.DESCRIPTION).toBe('Dòng 1\nDòng 2, có dấu phẩy');
    expect(events[1]!.SUMMARY).toBe('Hạn báo cáo năm, “trước ngày 31/12”; xem kế hoạch');
    expect(events[1]!['DTEND;VALUE=DATE']).toBe('20250101');
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Hạn báo cáo năm\\, “trước ngày 31/12”\\; xem kế hoạch');
  });
});
