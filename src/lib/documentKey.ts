/**
 * What makes a document number unique. Numbers that carry their year (61/2018/NĐ-CP) are unique as
 * written; numbers without one (13/CT-TTg) restart every year, so the year of issue is part of the key:
 * 13/CT-TTg of 2015 and 13/CT-TTg of 2024 are different directives.
 */
export function documentKey(number: string, issued: string): string {
  const n = number.normalize('NFC').toUpperCase();
  return /\/\d{4}\//.test(n) ? n : `${n}@${issued.slice(0, 4)}`;
}
