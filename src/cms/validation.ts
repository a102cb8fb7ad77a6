/**
 * Rules of a zod schema that Decap can check while the editor types, so that a mistake is shown at
 * save time instead of stopping the build: a text pattern (a document number as issued, a slug, a
 * site path) and the smallest number of items in a list. Read from the schema itself, so they cannot
 * drift from what the content gate enforces.
 */
import type { z } from 'astro/zod';

interface ZodInternals {
  _zod: { def: { type: string; in?: unknown; out?: unknown; innerType?: unknown; checks?: { _zod: { def: Record<string, unknown> } }[] } };
}

function checksOf(schema: z.ZodType, type: string): Record<string, unknown>[] {
  // Stryker disable next-line ArrayDeclaration: the filters of patternsOf and minItemsOf drop anything that is not a check definition
  const found: Record<string, unknown>[] = [];
  const visit = (s: unknown, depth: number) => {
    if (!s || depth > 8) return;
    // Stryker disable next-line OptionalChaining: every schema node zod builds (wrappers, pipes and their sides) has _zod
    const def = (s as ZodInternals)._zod?.def;
    if (!def) return;
    if (def.type === type) found.push(...(def.checks ?? []).map((c) => c._zod.def));
    // Through optional wrappers and pipes (nonBlank() pipes into the checked string), not into arrays.
    visit(def.innerType, depth + 1);
    visit(def.in, depth + 1);
    visit(def.out, depth + 1);
  };
  visit(schema, 0);
  return found;
}

/** The regular expressions a text field must match. */
export function patternsOf(schema: z.ZodType): RegExp[] {
  return checksOf(schema, 'string')
    .filter((c) => c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp)
    .map((c) => c.pattern as RegExp);
}

/** The smallest number of items a list must have, if any. */
export function minItemsOf(schema: z.ZodType): number | undefined {
  const mins = checksOf(schema, 'array')
    // Stryker disable next-line LogicalOperator: min_length is the only array check zod gives a numeric minimum
    .filter((c) => c.check === 'min_length' && typeof c.minimum === 'number')
    .map((c) => c.minimum as number);
  return mins.length ? Math.max(...mins) : undefined;
}
