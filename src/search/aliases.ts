/**
 * Build-time aliases of a page, stored as Pagefind metadata (searchable, never shown in excerpts):
 * the spellings of its document number people type, and the đ → d form of its words, which Pagefind
 * does not fold ("dau tu" must find "đầu tư").
 */
import { fold, wordsOf } from './fold.ts';
import { parseNumber } from './documentNumber.ts';

/**
 * Spellings of a number: 61/2018/NĐ-CP → 61/2018/nd-cp, nd61, nđ61, 61nd, ndcp, nd-cp, 61/nd-cp,
 * 61/nđ-cp, 61-2018-nd-cp, 612018. Pagefind splits each alias on punctuation too, so "61 2018" and
 * "nd cp" match their parts.
 */
export function numberAliases(number: string): string[] {
  const p = parseNumber(number);
  if (!p) return [fold(number)];
  const out = new Set<string>();
  const codeToned = number.normalize('NFC').toLowerCase().split('/').at(-1)!;
  const first = p.code[0] ?? '';
  const firstToned = codeToned.split('-')[0] ?? '';
  const codeFolded = p.code.join('-');
  out.add(fold(number));
  out.add(`${first}${p.serial}`);
  out.add(`${firstToned}${p.serial}`);
  out.add(`${p.serial}${first}`);
  out.add(p.code.join(''));
  out.add(codeFolded);
  out.add(`${p.serial}/${codeFolded}`);
  out.add(`${p.serial}/${codeToned}`);
  out.add(`${p.serial}-${p.year ? `${p.year}-` : ''}${codeFolded}`);
  if (p.year) out.add(`${p.serial}${p.year}`);
  return [...out].filter((a) => a !== '');
}

/**
 * The d-form of every word that has đ: "Nghị định về đầu tư" → ["dinh", "dau"]. Tone marks are folded
 * too (Pagefind folds them anyway). Distinct, in order of first appearance, at most `limit`.
 */
export function dAliases(text: string, limit = 400): string[] {
  const out = new Set<string>();
  for (const w of wordsOf(text)) {
    if (!w.includes('đ')) continue;
    out.add(fold(w));
    if (out.size >= limit) break;
  }
  return [...out];
}

/** The aliases of a page as one metadata string. */
export function pageAliases(opts: { numbers?: string[]; text: string }): string {
  const parts = [...(opts.numbers ?? []).flatMap(numberAliases), ...dAliases(opts.text)];
  return [...new Set(parts)].join(' ');
}
