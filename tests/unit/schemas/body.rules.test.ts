import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/schemas/body.rules.ts';
import { parseContentFile } from '../../../src/lib/frontmatter.ts';

describe('checkBody', () => {
  it.each([
    ["import X from '../x.js'", /import\/export/],
    ['export const a = 1', /import\/export/],
    ['<script>alert(1)</script>', /<script>/],
    ['<img src="x" onerror="alert(1)" />', /event-handler/],
    ['[click](javascript:alert(1))', /javascript:/],
    ['<iframe src="https://example.com"></iframe>', /frames/],
  ])('refuses %s', (line, message) => {
    const problems = checkBody(`Đoạn văn.\n\n${line}\n`, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(12);
    expect(problems[0]!.message).toMatch(message);
  });

  it('allows the same text inside a fenced code block', () => {
    expect(checkBody('```\nimport x from "y"\n<script>\n```\n')).toEqual([]);
  });

  it('allows ordinary prose that mentions import and export', () => {
    expect(checkBody('Doanh nghiệp xuất khẩu (export) và nhập khẩu (import) hàng hoá.')).toEqual([]);
  });
});

describe('parseContentFile', () => {
  it('keeps an impossible date as the text that was typed', () => {
    const p = parseContentFile('---\nissued: 2020-13-45\n---\nBody', 'mdx');
    expect(p.errors).toEqual([]);
    expect(p.data).toEqual({ issued: '2020-13-45' });
    expect(p.body).toBe('Body');
  });
  it('reports a YAML error with its line', () => {
    const p = parseContentFile('---\ntitle: "open\nnumber: 1\n---\n', 'mdx');
    expect(p.errors.length).toBeGreaterThan(0);
    expect(p.errors[0]!.message).toMatch(/^YAML:/);
    expect(p.errors[0]!.line).toBeGreaterThanOrEqual(2);
  });
  it('reports a key written twice', () => {
    const p = parseContentFile('---\ntitle: a\ntitle: b\n---\n', 'mdx');
    expect(p.errors[0]!.message).toMatch(/unique|duplicate/i);
  });
  it('requires front matter in an .mdx file', () => {
    expect(parseContentFile('no front matter', 'mdx').errors[0]!.message).toMatch(/front matter/);
  });
});
