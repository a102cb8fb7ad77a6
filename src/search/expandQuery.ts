/**
 * Query expansion for words typed without marks. Vietnamese đ only starts a syllable, so in a plain word
 * only a leading d may stand for đ ("dau" → "đau", which Pagefind's tone folding matches to "đầu");
 * in a letter code without vowels (nd, qd, nd-cp) every d may ("nd" → "nđ").
 */
import { hasMarks } from './fold.ts';

const VOWELS = /[aeiouy]/i;

function expandWord(word: string, lang: string): string {
  if (hasMarks(word) || !/d/i.test(word)) return word;
  // A letter code glued to digits ("ND61") or a bare code ("nd", "nd-cp"): every d.
  const letters = word.replace(/[^a-z]/gi, '');
  // Stryker disable next-line ConditionalExpression,StringLiteral: a word without letters has no d, and those returned above
  if (letters !== '' && !VOWELS.test(letters)) return word.replace(/d/g, 'đ').replace(/D/g, 'Đ');
  // On English pages a word is English ("decree", "directive"); only document codes are Vietnamese.
  if (lang !== 'vi') return word;
  return word.replace(/^d/, 'đ').replace(/^D/, 'Đ');
}

/**
 * The query as typed (NFC, spaces tidied), and when it differs, the same with d → đ where it may stand
 * for đ. `lang` is the language of the index searched: on English pages only document codes expand.
 */
export function expandQuery(query: string, lang = 'vi'): string[] {
  const q = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (q === '') return [];
  const expanded = q
    .split(' ')
    .map((w) => w.split(/(?=[/-])|(?<=[/-])/).map((part) => expandWord(part, lang)).join(''))
    .join(' ');
  return expanded === q ? [q] : [q, expanded];
}
