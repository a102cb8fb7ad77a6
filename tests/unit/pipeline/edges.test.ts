/**
 * Edges of the body checks and of the plain-Markdown path: a tag name after a space ("< iframe"), which
 * MDX still reads as an element; four spaces inside a line, which are no indented block; HTML without
 * any tag; a number with D for Đ named in the message.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/schemas/body.rules.ts';
import { isPlainMarkdown, sameAsMdx } from '../../../src/pipeline/plainMarkdown.ts';
import { documentNumberField } from '../../../src/schemas/legal.ts';

describe('body checks', () => {
  it('refuse frames, objects and style elements written with a space after <', () => {
    for (const tag of ['iframe', 'object', 'embed', 'style']) {
      expect(checkBody(`Xem < ${tag} src="https://example.org">`, 5), tag).toEqual([
        { line: 5, message: 'embedded frames, objects and style elements are not allowed in content' },
      ]);
    }
  });

  it('accept the word in text', () => {
    expect(checkBody('Khung (iframe) không được phép; kiểu chữ (style) theo mẫu.')).toEqual([]);
  });
});

describe('the plain-Markdown path', () => {
  it('four spaces inside a line are text; at the start of a line they would be code', () => {
    expect(isPlainMarkdown('Phí    50.000 đồng')).toBe(true);
    expect(isPlainMarkdown('Dòng một\n    thụt lề')).toBe(false);
    expect(isPlainMarkdown('Dòng một\n\tthụt lề')).toBe(false);
  });

  it('HTML with no tag at all is written alike by Markdown and MDX', () => {
    expect(sameAsMdx('chỉ có chữ')).toBe(true);
    expect(sameAsMdx('a > b')).toBe(false);
  });
});

describe('document numbers', () => {
  it('name the part written with D and its form with Đ', () => {
    const r = documentNumberField().zod.safeParse('61/2018/ND-CP');
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['61/2018/ND-CP: write NĐ with the letter Đ, not ND']);
  });
});
