/**
 * The UI dictionaries and the function that reads them. Components never hold literal UI text:
 * every label goes through t().
 */
import type { Lang } from './locales.ts';
import { en } from './ui/en.ts';
import { vi, type UiKey } from './ui/vi.ts';

export const dictionaries: Record<Lang, Record<UiKey, string>> = { vi, en };

/** Keys present in one dictionary and missing (or blank where they should not be) in the other. */
export function missingKeys(dicts: Record<string, Record<string, string>> = dictionaries): string[] {
  const names = Object.keys(dicts);
  const all = new Set(names.flatMap((n) => Object.keys(dicts[n]!)));
  const out: string[] = [];
  for (const key of all) for (const n of names) if (!(key in dicts[n]!)) out.push(`"${key}" is missing in the ${n} dictionary`);
  return out.sort();
}

/** The text for a key, with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = dictionaries[lang][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A t() bound to one language, for use in a page or component. */
export const useT =
  (lang: Lang) =>
  (key: UiKey, params?: Record<string, string | number>): string =>
    t(lang, key, params);

export type { UiKey };
