/**
 * checkMdx (src/pipeline/gate/mdxSyntax.ts) reports an MDX syntax error, or code in a body, at the line
 * of the content file (the body starts after the front matter) with the parser's message and nothing of
 * its internal rule name. Lines and columns of two digits, so a parse that reads only one digit fails.
 */
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../../../src/pipeline/gate/mdxSyntax.ts';

describe('checkMdx', () => {
  it('reports a syntax error at the line of the file, with the parser’s message and no rule name', () => {
    const body = `${'Đoạn văn.\n'.repeat(11)}Mười hai chữ <div\n`;
    expect(checkMdx(body, 5)).toEqual([
      {
        line: 16,
        message: 'MDX syntax: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
      },
    ]);
  });

  it('counts lines from the first line of the body', () => {
    expect(checkMdx('Giá {1 +\n', 9)).toEqual([
      { line: 9, message: 'MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace for `{`' },
    ]);
  });

  it('refuses an expression in a paragraph and on its own line, at its line, and lets a comment through', () => {
    const body = ['Đoạn một.', '', 'Giá {"X-" + (6 * 7)} đồng.', '', '{1 + 1}', '', '{/* ghi chú của biên tập viên */}', ''].join('\n');
    expect(checkMdx(body, 10)).toEqual([
      { line: 12, message: '{"X-" + (6 * 7)} is code in MDX: write \\{ and \\} for literal braces' },
      { line: 14, message: '{1 + 1} is code in MDX: write \\{ and \\} for literal braces' },
    ]);
  });

  it('quotes at most 40 characters of a long expression', () => {
    const code = `"${'x'.repeat(60)}"`;
    expect(checkMdx(`{${code}}`, 1)).toEqual([{ line: 1, message: `{${code.slice(0, 40)}} is code in MDX: write \\{ and \\} for literal braces` }]);
  });

  it('accepts plain Markdown with escaped braces', () => {
    expect(checkMdx('Giá 5 \\{triệu\\} đồng; a \\< b.\n\n- một\n- hai\n', 1)).toEqual([]);
  });
});
