/**
 * Splits a list into numbered pages of a fixed size (page 1 first); an empty list still has page 1.
 * Ours rather than Astro's `paginate()`: that makes one route's pages, but our page 1 is the section's
 * front page (another route), and the sitemap needs the same split outside getStaticPaths.
 */
export interface Page<T> {
  number: number;
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: page size must be a positive whole number, not ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}
