/**
 * Dates as readers expect them in each language: 23/04/2018 in Vietnamese, 23 April 2018 in English.
 * Content stores calendar dates (YYYY-MM-DD); moments (a build time) are read in Việt Nam's zone.
 */
import { locales, timeZone, type Lang } from '../i18n/locales.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Building an Intl.DateTimeFormat costs far more than using one, and every page formats dates: make
// each formatter once (a 10,000-page build spent seconds constructing them).
const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
const clocks = new Map<Lang, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of a moment, in Việt Nam. */
export function vietnamDate(moment: Date): string {
  return calendarDay.format(moment);
}

export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDate(now);
}

/** Formats a YYYY-MM-DD date, or a moment, for a language. */
export function formatDate(value: string | Date, lang: Lang): string {
  const iso = value instanceof Date ? vietnamDate(value) : value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`formatDate: ${JSON.stringify(value)} is not a YYYY-MM-DD date`);
  const [, y, mo, d] = m;
  if (lang === 'vi') return `${d}/${mo}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(mo) - 1]} ${y}`;
}

/** A moment with its time, e.g. for "page built at". */
export function formatDateTime(moment: Date, lang: Lang): string {
  let clock = clocks.get(lang);
  if (!clock) {
    clock = new Intl.DateTimeFormat(locales[lang].intl, { timeZone, hour: '2-digit', minute: '2-digit', hour12: false });
    clocks.set(lang, clock);
  }
  const time = clock.format(moment);
  return `${formatDate(moment, lang)}, ${time}`;
}

export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}
