/**
 * How far a target of the reform programme has come. Without a value reached (or without a target to
 * compare with) the state is "awaiting": nothing is guessed.
 */
import type { Lang } from '../../i18n/locales.ts';
import { locales } from '../../i18n/locales.ts';

export interface TargetFigures {
  kind?: 'at-least' | 'exactly';
  target?: number;
  reached?: number;
}

export type Progress = { state: 'awaiting' } | { state: 'met' | 'in-progress'; percent: number };

export function targetProgress(t: TargetFigures): Progress {
  if (t.reached === undefined || t.target === undefined || t.target <= 0) return { state: 'awaiting' };
  const percent = Math.min(100, Math.round((t.reached / t.target) * 100));
  return { state: t.reached >= t.target ? 'met' : 'in-progress', percent };
}

/** 2.5 → "2,5" in Vietnamese, "2.5" in English. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang].intl, { maximumFractionDigits: 2 }).format(n);
}

/** A target's figure with its unit as each language writes it: 100%, 2,5 tỷ USD, USD 2.5 billion. */
export function formatFigure(n: number, unit: 'percent' | 'usd-billion' | undefined, lang: Lang): string {
  const value = formatNumber(n, lang);
  if (unit === 'percent') return `${value}%`;
  if (unit === 'usd-billion') return lang === 'vi' ? `${value} tỷ USD` : `USD ${value} billion`;
  return value;
}
