/**
 * Folding Vietnamese text for matching: the way people type without tone marks. Pagefind folds tone
 * marks itself but keeps đ apart from d, so our aliases, query expansion and re-rank fold đ → d too.
 * Input may be NFC or NFD (copied from PDFs, macOS file names…); the output is always NFC.
 */

const COMBINING = /[\u0300-\u036f]/g;

/** NFC and lower case: how words are compared when the user did type tone marks. */
export function toned(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** No tone or vowel marks, đ → d, case kept: "Đầu tư – Một cửa" → "Dau tu – Mot cua". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower case, no tone or vowel marks, đ → d: "Nghị định" → "nghi dinh". */
export function fold(text: string): string {
  return foldVietnamese(text).toLowerCase();
}

/** True when the text carries any Vietnamese mark (a tone, a vowel mark such as ư, or đ). */
export function hasMarks(text: string): boolean {
  const nfd = text.normalize('NFD');
  return /[\u0300-\u036fđĐ]/.test(nfd);
}

/** Words of a text in reading order, each NFC and lower case, split on anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  // Stryker disable next-line Regex: splitting runs of separators one by one only adds empty words, filtered out
  return toned(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Folded words: wordsOf() then fold(). */
export function foldedWords(text: string): string[] {
  return wordsOf(text).map(fold);
}
