/**
 * An ASCII slug of Vietnamese text: tone marks and other diacritics dropped, đ/Đ written d.
 * "Mục đích, yêu cầu" → "muc-dich-yeu-cau". Used for heading anchors so that a link to a section can
 * be typed, shared and read aloud without percent-encoding.
 * Ours rather than `slugify`: the whole job is the Vietnamese fold (src/search/fold.ts, đ → d as the
 * search does) and one replace; a library would bring its own, different character map.
 */
import { foldVietnamese } from '../search/fold.ts';

export function asciiSlug(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slugs made unique within one document, the way heading anchors must be: a, a-1, a-2. */
export function uniqueSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = asciiSlug(text) || 'muc';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
}
