/**
 * Re-ranking the top Pagefind results. Pagefind matches every query word as a prefix ("61" finds 610)
 * and scores folded and exact spellings alike, so the order of its first results is refined with what
 * it cannot see:
 * - a query that names the document's own number (serial, and year or code letters when typed);
 * - whole-word matches after folding, in the title first, then in the text;
 * - the query as a phrase (its longest stretch found word for word), after folding;
 * - how much of the title the query covers (a shorter title that says the same fits better);
 * - words typed with marks that match exactly (a query "dầu" prefers "dầu" over "đầu");
 * - tie-breakers: documents and procedures over news over list pages, then legal force.
 * Pagefind's own score is kept as the base, so these only reorder among results it found.
 */
import { foldedWords, hasMarks, wordsOf } from './fold.ts';
import { numberHints, parseNumber, type NumberParts } from './documentNumber.ts';

export interface Candidate {
  /** Pagefind's score. */
  score: number;
  title: string;
  /** The document's number as issued, when the page is a document. */
  number?: string;
  /** Build-time aliases (see aliases.ts). */
  aliases?: string;
  /** The page's text (Pagefind's `content`). */
  content: string;
  /** The document type's label ("Nghị định", "Decree"): words naming the type count as part of a number query. */
  typeLabel?: string;
  /** Year of issue, for numbers that do not carry one (76/NQ-CP of 2021). */
  year?: string;
  /** Content kind (document, procedure, news); list and navigation pages have none. */
  kind?: string;
  /** Document type key (nghi-dinh…), for the tie-breaker by legal force. */
  docType?: string;
}

/*
 * Tie-breakers, smaller than the match signals: a document or procedure over a news item about it, and
 * any of them over a list page that names the same words; between documents that match alike, the one
 * of higher legal force (a law over a decree over a circular over a plan), as legal databases order them.
 */

/** Documents and procedures are what readers come for; news reports on them; list pages only point to them. */
export const KIND_PRIOR: Record<string, number> = { document: 1, procedure: 1, news: 0.4 };

/** Legal force by document type, from a law down to a notice. */
export const TYPE_FORCE: Record<string, number> = {
  luat: 1,
  'nghi-quyet': 0.8,
  'nghi-dinh': 0.8,
  'quyet-dinh': 0.6,
  'chi-thi': 0.5,
  'thong-tu': 0.5,
  'ke-hoach': 0.3,
  'cong-van': 0.2,
  'thong-bao': 0.2,
};

export const WEIGHTS = {
  base: 1,
  numberSerial: 3,
  numberYear: 1,
  numberCode: 0.5,
  numberYearConflict: -1.5,
  titleWhole: 1.2,
  titleAll: 2,
  textWhole: 0.8,
  titlePhrase: 1.5,
  titleCoverage: 1,
  contentPage: 0.8,
  legalForce: 0.3,
  textPhrase: 0.5,
  exactMarks: 0.6,
} as const;

/** The longest run of consecutive query words found in a text, as a share of the query (0 for one-word queries). */
export function longestRun(haystack: string[], needle: string[]): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; one query word gives a run of at most 1, which the last line turns into 0 too
  if (needle.length < 2) return 0;
  let best = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which equals no word
  for (let i = 0; i < haystack.length; i++) {
    // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which equals no word
    for (let j = 0; j < needle.length; j++) {
      let k = 0;
      // Stryker disable next-line LogicalOperator,ConditionalExpression,EqualityOperator: the bounds only stop reading past an end, where undefined equals no word
      while (i + k < haystack.length && j + k < needle.length && haystack[i + k] === needle[j + k]) k++;
      // Stryker disable next-line EqualityOperator: keeping an equal run changes nothing
      if (k > best) best = k;
    }
  }
  return best < 2 ? 0 : best / needle.length;
}

/**
 * How well the document's number matches what the query says about a number, from 0 (nothing) up,
 * scaled by the share of the query that is about the number: "nghi dinh 61" is all about decree 61,
 * "sua doi nghi dinh 61" asks for the document that amends it, whose title then carries every word.
 */
// Stryker disable next-line StringLiteral: the default stands for "no type words"; another label counts only if the query holds its words
export function numberScore(query: string, number: string | undefined, typeLabel = '', issueYear?: string): number {
  if (!number) return 0;
  const p = parseNumber(number);
  if (!p) return 0;
  const year = p.year ?? issueYear;
  const raw = rawNumberScore(query, p, year);
  // Stryker disable next-line ConditionalExpression: a shortcut; a raw score of 0 gives 0 below as well
  if (raw === 0) return 0;
  const typeWords = new Set(foldedWords(typeLabel));
  const code = new Set([...p.code, p.code.join('')]);
  const tokens = foldedWords(query).flatMap((w) => w.split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/));
  const about = tokens.filter((t) => t === p.serial || String(Number(t)) === p.serial || t === year || code.has(t) || typeWords.has(t) || t === 'so' || t === 'no');
  return raw * (about.length / Math.max(1, tokens.length));
}

function rawNumberScore(query: string, p: NumberParts, year: string | undefined): number {
  const h = numberHints(query);
  if (!h.serials.includes(p.serial)) return 0;
  let s = WEIGHTS.numberSerial;
  if (year && h.years.includes(year)) s += WEIGHTS.numberYear;
  else if (h.years.length > 0) s += WEIGHTS.numberYearConflict;
  const code = new Set(p.code);
  const glued = p.code.join('');
  if (h.letters.some((l) => code.has(l) || l === glued)) s += WEIGHTS.numberCode;
  return s;
}

/** The re-rank score of one candidate; `maxScore` is the best Pagefind score among the candidates. */
export function rerankScore(query: string, c: Candidate, maxScore: number): number {
  const qFolded = foldedWords(query);
  if (qFolded.length === 0) return c.score;
  const titleWords = foldedWords(`${c.number ?? ''} ${c.title}`);
  const textWords = foldedWords(c.content);
  // Stryker disable next-line ArrayDeclaration: any stand-in without a folded query word matches nothing
  const textSet = new Set([...textWords, ...(c.aliases ? foldedWords(c.aliases) : [])]);
  const titleSet = new Set(titleWords);
  const share = (set: Set<string>) => qFolded.filter((w) => set.has(w)).length / qFolded.length;
  let s = WEIGHTS.base * (maxScore > 0 ? c.score / maxScore : 0);
  s += WEIGHTS.titleWhole * share(titleSet);
  s += WEIGHTS.textWhole * share(new Set([...textSet, ...titleSet]));
  if (qFolded.every((w) => titleSet.has(w))) s += WEIGHTS.titleAll;
  // Phrases: the longest stretch of the query found word for word, in the title, else in the text.
  const inTitle = longestRun(titleWords, qFolded);
  s += inTitle > 0 ? WEIGHTS.titlePhrase * inTitle : WEIGHTS.textPhrase * longestRun(textWords, qFolded);
  // Of two titles that both carry the query, the one the query says more of (the shorter) fits better.
  const q = new Set(qFolded);
  s += WEIGHTS.titleCoverage * (titleWords.filter((w) => q.has(w)).length / Math.max(1, titleWords.length));
  const marked = wordsOf(query).filter(hasMarks);
  if (marked.length > 0) {
    const exact = new Set(wordsOf(`${c.title} ${c.content}`));
    s += WEIGHTS.exactMarks * (marked.filter((w) => exact.has(w)).length / marked.length);
  }
  s += numberScore(query, c.number, c.typeLabel, c.year);
  // Stryker disable next-line StringLiteral: no kind names the empty string or the stand-in: both give 0
  s += WEIGHTS.contentPage * (KIND_PRIOR[c.kind ?? ''] ?? 0);
  // Legal force orders documents among themselves (centred, so it does not move them against procedures).
  // Stryker disable next-line StringLiteral: no type key is the empty string or the stand-in: both give the default force
  if (c.kind === 'document') s += WEIGHTS.legalForce * ((TYPE_FORCE[c.docType ?? ''] ?? 0.3) - 0.5);
  return s;
}

/** Candidates in their new order (stable: equal scores keep Pagefind's order). */
export function rerank<T extends Candidate>(query: string, candidates: T[]): T[] {
  const max = Math.max(0, ...candidates.map((c) => c.score));
  return candidates
    .map((c, i) => ({ c, i, s: rerankScore(query, c, max) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}

