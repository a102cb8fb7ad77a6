/**
 * Content is text, not code: what an attacker or a careless paste would try, through the whole content
 * gate (the body rules, then the MDX parse the build uses), named with the file, field and line.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../../src/schemas/body.rules.ts';
import { checkMdx } from '../../../../src/pipeline/gate/mdxSyntax.ts';
import { mdx, problemsOf, validDoc, validPair } from '../../../helpers/contentFixture.ts';

const VI = 'content/legal/vi/61-2018-nd-cp.mdx';
/** The gate's problems for a body; the body starts on line 20 of the file (after the front matter). */
const bodyProblems = (body: string) => problemsOf({ ...validPair(), 'legal/vi/61-2018-nd-cp.mdx': mdx(validDoc(), body) }).filter((p) => p.file === VI);
const messages = (body: string) => checkBody(body).map((p) => p.message);

describe('script elements, in any letter case and spacing', () => {
  it.each(['<script>alert(1)</script>', '<sCript>alert(1)</sCript>', '<SCRIPT src="x.js"></SCRIPT>', '< script>alert(1)</script>', 'Text <script\n'])('refuses %s', (line) => {
    expect(messages(line)).toContain('a <script> element is not allowed in content');
  });

  it('is refused by the gate with the file, the field and the line', () => {
    const p = bodyProblems('Đoạn một.\n\n<sCript>alert(1)</sCript>');
    expect(p).toEqual([{ file: VI, field: 'body', line: expect.any(Number), message: 'a <script> element is not allowed in content' }]);
    const text = mdx(validDoc(), 'Đoạn một.\n\n<sCript>alert(1)</sCript>').split('\n');
    expect(text[p[0]!.line! - 1]).toBe('<sCript>alert(1)</sCript>');
  });

  it('allows the words "script" and "description" in text', () => {
    expect(checkBody('The script of the ceremony; a description <b>in bold</b>.')).toEqual([]);
  });
});

describe('other ways to run code', () => {
  it.each([
    ['<img src="x.png" onerror="alert(1)" />', 'event-handler attributes (onclick=, onerror=…) are not allowed in content'],
    ['<a href="#" OnClick = "x()">a</a>', 'event-handler attributes (onclick=, onerror=…) are not allowed in content'],
    ['[bấm vào](JavaScript:alert(1))', 'javascript: links are not allowed in content'],
    ['<a href="javascript :alert(1)">a</a>', 'javascript: links are not allowed in content'],
    ['<a src = "javascript:x">a</a>', 'javascript: links are not allowed in content'],
    ['<IFRAME src="https://example.com"></IFRAME>', 'embedded frames, objects and style elements are not allowed in content'],
    ['<object data="x.swf"></object>', 'embedded frames, objects and style elements are not allowed in content'],
    ['<embed src="x.swf">', 'embedded frames, objects and style elements are not allowed in content'],
    ['<style>body{display:none}</style>', 'embedded frames, objects and style elements are not allowed in content'],
    ['import X from "./x.js"', 'import/export statements are not allowed in content (content is text, not code)'],
    ['  export default {}', 'import/export statements are not allowed in content (content is text, not code)'],
  ])('refuses %s', (line, message) => {
    expect(messages(line)).toEqual([message]);
  });

  it('allows prose that mentions the same words without being code', () => {
    expect(checkBody('Mục tiêu: javascript: là một từ; the one-stop desk (one = a single office).')).toEqual([]);
    expect(checkBody('Importers and exporters; <abbr title="Khu công nghiệp">KCN</abbr>.')).toEqual([]);
    expect(checkBody('[Cổng dịch vụ công](https://dichvucong.gov.vn)')).toEqual([]);
  });

  it('reports the line of each problem, counting from the first line of the body', () => {
    expect(checkBody('a\n<script>\nb\n<iframe>', 7).map((p) => p.line)).toEqual([8, 10]);
  });
});

describe('fenced code blocks are text', () => {
  it('skips backtick and tilde fences, and refuses again after the fence closes', () => {
    expect(checkBody('```html\n<script>x</script>\n```\n<script>y</script>').map((p) => p.line)).toEqual([4]);
    expect(checkBody('~~~\n<script>x</script>\n~~~\n<script>y</script>').map((p) => p.line)).toEqual([4]);
  });

  it('does not close a backtick fence with a tilde fence or a shorter one', () => {
    expect(checkBody('````\n~~~\n```\n<script>x</script>\n````\n<script>y</script>').map((p) => p.line)).toEqual([6]);
  });

  it('keeps a backtick fence open through a tilde line, and a tilde fence through a backtick line', () => {
    expect(checkBody('```\n~~~\n<script>x</script>\n```')).toEqual([]);
    expect(checkBody('~~~\n```\n<script>x</script>\n~~~')).toEqual([]);
    expect(checkBody('````\n```\n<script>x</script>\n````\n<script>y</script>').map((p) => p.line)).toEqual([5]);
  });

  it('treats the fence lines themselves as code (an info string is text)', () => {
    expect(checkBody('```<script>\nx\n```')).toEqual([]);
    expect(checkBody('```\nx\n``` <script>')).toEqual([]);
  });

  it('a single tilde or two backticks do not open a fence', () => {
    expect(checkBody('~ khoảng 5 ngày\n<script>x</script>').map((p) => p.line)).toEqual([2]);
    expect(checkBody('``mã``\n<script>x</script>').map((p) => p.line)).toEqual([2]);
  });

  it('refuses a script element opened with a space and never closed on the line', () => {
    expect(messages('< script src="x.js">')).toEqual(['a <script> element is not allowed in content']);
    expect(messages('<\tSCRIPT>')).toEqual(['a <script> element is not allowed in content']);
  });

  it('a fence indented by four spaces is not a fence', () => {
    expect(checkBody('    ```\n<script>x</script>').map((p) => p.line)).toEqual([2]);
  });
});

describe('expressions in braces run as code at build time', () => {
  it('refuses {"X-" + (6 * 7)}, which the build would publish as X-42', () => {
    expect(checkMdx('Mã số {"X-" + (6 * 7)} của hồ sơ.')).toEqual([
      { line: 1, message: '{"X-" + (6 * 7)} is code in MDX: write \\{ and \\} for literal braces' },
    ]);
    const p = bodyProblems('Mã số {"X-" + (6 * 7)} của hồ sơ.');
    expect(p).toEqual([{ file: VI, field: 'body', line: expect.any(Number), message: '{"X-" + (6 * 7)} is code in MDX: write \\{ and \\} for literal braces' }]);
  });

  it('refuses a stand-alone expression on its own line, with its line', () => {
    expect(checkMdx('Đoạn một.\n\n{"X-" + (6 * 7)}\n', 5)).toEqual([{ line: 7, message: '{"X-" + (6 * 7)} is code in MDX: write \\{ and \\} for literal braces' }]);
  });

  it('shortens a long expression in the message to 40 characters', () => {
    const long = `{${'a'.repeat(60)}}`;
    expect(checkMdx(long)[0]!.message).toBe(`{${'a'.repeat(40)}} is code in MDX: write \\{ and \\} for literal braces`);
  });

  it('accepts escaped braces and comment-only expressions', () => {
    expect(checkMdx('Giá 5 \\{triệu\\} đồng. {/* ghi chú */}')).toEqual([]);
    expect(bodyProblems('Giá 5 \\{triệu\\} đồng.\n\n{/* ghi chú\nhai dòng */}')).toEqual([]);
  });

  it('refuses an expression that only starts with a comment', () => {
    expect(checkMdx('{/* a */ 1 + 1}')).toHaveLength(1);
  });

  it('reports a syntax error with its line in the file and without the parser’s rule name', () => {
    const [problem, ...rest] = checkMdx('Dòng một.\n\nGiá <b>chưa đóng', 10);
    expect(rest).toEqual([]);
    expect(problem!.line).toBe(12);
    expect(problem!.message).toMatch(/^MDX syntax: /);
    expect(problem!.message).not.toMatch(/\([a-z-]+:[a-z-]+\)\s*$/);
  });
});
