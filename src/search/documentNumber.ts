/**
 * The parts of a Vietnamese document number ("số ký hiệu") and the ways people type it.
 * 61/2018/NĐ-CP → serial 61, year 2018, code NĐ-CP (type NĐ, issuer CP). 76/NQ-CP has no year.
 */
import { fold } from './fold.ts';

export interface NumberParts {
  serial: string;
  year?: string;
  /** Code letters, folded (đ → d), in order: ["nd", "cp"]. */
  code: string[];
}

/** Splits a number as issued; null when it does not look like one. */
export function parseNumber(number: string): NumberParts | null {
  const m = /^\s*(\d{1,5})\s*\/\s*(?:(\d{4})\s*\/\s*)?([\p{L}\d-]+)\s*$/u.exec(number.normalize('NFC'));
  if (!m) return null;
  const code = fold(m[3]!).split('-').filter(Boolean);
  return { serial: String(Number(m[1]!)), year: m[2], code };
}

/** A 4-digit token that reads as a year of issue. */
export function isYear(token: string): boolean {
  return /^(19|20)\d\d$/.test(token);
}

/**
 * What a query says about a document number: the serials (digit runs that are not years, leading zeros
 * dropped), the years, and the letter tokens, all folded. "ND61" → serials [61], letters [nd];
 * "61/2018/NĐ-CP" → serials [61], years [2018], letters [nd, cp]; "nghi dinh 61" → serials [61].
 */
export function numberHints(query: string): { serials: string[]; years: string[]; letters: string[] } {
  const tokens = fold(query)
    // Stryker disable next-line Regex: splitting runs of separators one by one only adds empty tokens, filtered out below
    .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
    .filter(Boolean);
  const serials: string[] = [];
  const years: string[] = [];
  const letters: string[] = [];
  for (const t of tokens) {
    // Stryker disable next-line Regex: tokens are split between letters and digits, so a token with one digit is all digits
    if (/^\d+$/.test(t)) {
      if (isYear(t)) years.push(t);
      else if (t.length <= 5) serials.push(String(Number(t)));
    } else letters.push(t);
  }
  return { serials, years, letters };
}
