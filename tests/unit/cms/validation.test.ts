/**
 * The rules Decap checks while an editor types, read from the zod schemas: the text pattern a field
 * must match (a document number as issued) and the smallest number of items of a list (at least one
 * source). They must be exactly the schema's own rules: a pattern the schema does not have would stop
 * an editor from saving a valid entry; a missing one lets a mistake through to the build.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { minItemsOf, patternsOf } from '../../../src/cms/validation.ts';
import { collectionDefs } from '../../../src/schemas/index.ts';
import { nonBlank } from '../../../src/schemas/fields.ts';

/** `schema` inside `n` optional wrappers. */
function wrapped(schema: z.ZodType, n: number): z.ZodType {
  let s = schema;
  for (let i = 0; i < n; i++) s = s.optional();
  return s;
}

describe('patternsOf: the pattern a text field must match', () => {
  it('is the regular expression of the schema, also inside optional(), a default and nonBlank()', () => {
    expect(patternsOf(z.string().regex(/^\d+$/))).toEqual([/^\d+$/]);
    expect(patternsOf(z.string().regex(/^\d+$/).optional())).toEqual([/^\d+$/]);
    expect(patternsOf(z.string().regex(/^\d+$/).default('1'))).toEqual([/^\d+$/]);
    expect(patternsOf(nonBlank(50).pipe(z.string().regex(/^[a-z]+$/)))).toEqual([/^[a-z]+$/]);
  });

  it('gives every pattern of a field in order, the first one first', () => {
    expect(patternsOf(z.string().regex(/^a/).regex(/b$/))).toEqual([/^a/, /b$/]);
  });

  it('is the document number pattern for legal.number, which accepts 61/2018/NĐ-CP and refuses 61-2018-nd-cp', () => {
    const [pattern, ...more] = patternsOf(collectionDefs.legal.fields.number.zod);
    expect(more).toEqual([]);
    expect(pattern!.test('61/2018/NĐ-CP')).toBe(true);
    expect(pattern!.test('76/NQ-CP')).toBe(true);
    expect(pattern!.test('61-2018-nd-cp')).toBe(false);
    expect(pattern!.test('61/2018/nđ-cp')).toBe(false);
  });

  it('is nothing for a text without a pattern: a length, an e-mail or a URL check is not a pattern for editors', () => {
    expect(patternsOf(z.string())).toEqual([]);
    expect(patternsOf(z.string().min(3).max(10))).toEqual([]);
    expect(patternsOf(z.string().email())).toEqual([]);
    expect(patternsOf(z.string().startsWith('https://'))).toEqual([]);
    expect(patternsOf(nonBlank(500))).toEqual([]);
  });

  it('is nothing for a list of texts with a pattern: the list itself is not a text', () => {
    expect(patternsOf(z.array(z.string().regex(/^x$/)) as unknown as z.ZodType)).toEqual([]);
  });

  it('reads through up to eight wrappers and no further', () => {
    expect(patternsOf(wrapped(z.string().regex(/^8$/), 8))).toEqual([/^8$/]);
    expect(patternsOf(wrapped(z.string().regex(/^9$/), 9))).toEqual([]);
  });

  it('reads through up to eight pipes, on either side of each, and no further', () => {
    // Each step pipes a plain string into the next (nonBlank() does so once), or the next into one.
    let into: z.ZodType = z.string().regex(/^o$/);
    let from: z.ZodType = z.string().regex(/^i$/);
    for (let i = 0; i < 8; i++) {
      into = z.string().pipe(into as z.ZodString);
      from = (from as z.ZodString).pipe(z.string()) as unknown as z.ZodType;
    }
    expect(patternsOf(into)).toEqual([/^o$/]);
    expect(patternsOf(from)).toEqual([/^i$/]);
    expect(patternsOf(z.string().pipe(into as z.ZodString))).toEqual([]);
    expect(patternsOf((from as z.ZodString).pipe(z.string()))).toEqual([]);
  });
});

describe('minItemsOf: the smallest number of items of a list', () => {
  it('is the minimum of the list, also when the list is optional', () => {
    expect(minItemsOf(z.array(z.string()).min(1))).toBe(1);
    expect(minItemsOf(z.array(z.string()).min(2).optional())).toBe(2);
    expect(minItemsOf(z.array(z.string()).nonempty())).toBe(1);
  });

  it('is the strictest minimum when the schema has several', () => {
    expect(minItemsOf(z.array(z.string()).min(1).min(3))).toBe(3);
    expect(minItemsOf(z.array(z.string()).min(3).min(1))).toBe(3);
  });

  it('is undefined when the list has no minimum (only a maximum, or none)', () => {
    expect(minItemsOf(z.array(z.string()))).toBeUndefined();
    expect(minItemsOf(z.array(z.string()).max(5))).toBeUndefined();
  });

  it('is undefined for a text with a minimum length: that is not a number of items', () => {
    expect(minItemsOf(z.string().min(3))).toBeUndefined();
    expect(minItemsOf(z.array(z.string().min(4)))).toBeUndefined();
  });

  it('is at least one source for a legal document and none for its attachments', () => {
    expect(minItemsOf(collectionDefs.legal.fields.sources.zod)).toBe(1);
    expect(minItemsOf(collectionDefs.legal.fields.attachments.zod)).toBeUndefined();
  });
});
