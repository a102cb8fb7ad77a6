/**
 * A small iCalendar (RFC 5545) writer for all-day events: CRLF line endings, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped, UID and DTSTAMP on every event.
 * Pure: the caller passes the moment of generation, so the output is reproducible in tests.
 * Ours rather than `ical-generator` or `ics`: the feed needs only all-day VEVENTs, which take about a
 * hundred lines with no dependency, and the reader below lets the tests parse the feed back.
 */

export interface CalendarEvent {
  /** Globally unique and stable across builds, e.g. bao-cao-quy-i-2024-vi@heza.gov.vn */
  uid: string;
  /** All-day date YYYY-MM-DD (a calendar date in Việt Nam). */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
}

export interface Calendar {
  /** PRODID, e.g. -//HEZA//Reporting calendar//VI */
  prodId: string;
  name: string;
  description?: string;
  /** The moment the calendar was generated (DTSTAMP of every event). */
  generated: Date;
  events: CalendarEvent[];
}

const CRLF = '\r\n';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1): each continuation
 * line starts with one space. Characters are never split, so multi-octet Vietnamese letters stay whole.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** 2024-03-03 → 20240303 */
export function icsDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`icsDate: ${JSON.stringify(iso)} is not a YYYY-MM-DD date`);
  return iso.replace(/-/g, '');
}

/** The day after a YYYY-MM-DD date: DTEND of an all-day event is exclusive. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A UTC moment in iCalendar form: 20261129T040000Z */
export function icsDateTime(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function buildCalendar(cal: Calendar): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...(cal.description ? [`X-WR-CALDESC:${escapeText(cal.description)}`] : []),
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
  ];
  const stamp = icsDateTime(cal.generated);
  for (const e of [...cal.events].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid))) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.url ? [`URL;VALUE=URI:${e.url}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Reads an iCalendar text back into its events (unfolded, unescaped): for tests and checks. */
export function parseCalendar(text: string): { props: Record<string, string>; events: Record<string, string>[] } {
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const props: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon);
      const value = unescape(line.slice(colon + 1));
      (current ?? props)[name] = value;
    }
  }
  return { props, events };
}
