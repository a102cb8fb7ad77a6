/**
 * Code in a body is shown as typed, so mdxSafe leaves it alone, and everything around it is made safe:
 * code spans of one or more backticks (closed only by a run of the same length, as CommonMark says),
 * fenced blocks (closed only by a fence of the same kind, at least as long, alone on its line), a
 * backslash at a line's end, and old Mac line ends. forEditor gives back what the editor typed, and
 * nothing else.
 */
import { describe, expect, it } from 'vitest';
import { forEditor, mdxSafe } from '../../../src/cms/mdxSafe.ts';

describe('mdxSafe around code spans', () => {
  it.each([
    // A span of two backticks may hold a single one; what follows it is text again.
    ['x ``a ` {b} <c`` {d}', 'x ``a ` {b} <c`` \\{d\\}'],
    // A run of two inside a one-backtick span does not close it.
    ['`a``b` {c}', '`a``b` \\{c\\}'],
    ['`a``b``c` <d', '`a``b``c` &lt;d'],
    // A run of three inside a one-backtick span does not close it either.
    ['`a```{b}` {c}', '`a```{b}` \\{c\\}'],
    // A backtick never closed is a plain character, and the rest of the line is text.
    ['Giá `{x} < 1', 'Giá `\\{x\\} &lt; 1'],
    ['``{x}` <', '``\\{x\\}` &lt;'],
    // An unclosed run after a closed span: the search for its closing run does not go back in the line.
    ['``a`` ``{b}', '``a`` ``\\{b\\}'],
    ['mã `a` và {b} rồi `c`', 'mã `a` và \\{b\\} rồi `c`'],
  ])('%j → %j', (typed, safe) => {
    expect(mdxSafe(typed)).toBe(safe);
  });
});

describe('mdxSafe with backslashes and line ends', () => {
  it('keeps a backslash at the end of a line (a Markdown line break) as it is', () => {
    expect(mdxSafe('dòng một\\\ndòng hai {x}\\')).toBe('dòng một\\\ndòng hai \\{x\\}\\');
  });

  it('turns old Mac line ends (CR alone) into new lines too', () => {
    expect(mdxSafe('dòng 1\rdòng 2 {x}')).toBe('dòng 1\ndòng 2 \\{x\\}');
  });
});

describe('mdxSafe around fenced code blocks', () => {
  it('a ``` block is not closed by ~~~', () => {
    expect(mdxSafe('```\n{a}\n~~~\n{b}\n```\n{c}')).toBe('```\n{a}\n~~~\n{b}\n```\n\\{c\\}');
  });

  it('a ```` block is not closed by a shorter ```', () => {
    expect(mdxSafe('````\n{a}\n```\n{b}\n````\n{c}')).toBe('````\n{a}\n```\n{b}\n````\n\\{c\\}');
  });

  it('a longer closing fence closes it', () => {
    expect(mdxSafe('```\n{a}\n`````\n{c}')).toBe('```\n{a}\n`````\n\\{c\\}');
  });

  it('a fence with text after it does not close the block', () => {
    expect(mdxSafe('```\n{a}\n``` x\n{b}\n```\n{c}')).toBe('```\n{a}\n``` x\n{b}\n```\n\\{c\\}');
  });

  it('an indented closing fence, or one with spaces after it, closes the block', () => {
    expect(mdxSafe('```\n{a}\n  ```\n{c}')).toBe('```\n{a}\n  ```\n\\{c\\}');
    expect(mdxSafe('~~~\n{a}\n~~~  \n{c}')).toBe('~~~\n{a}\n~~~  \n\\{c\\}');
  });

  it('a ~~~ block is closed by ~~~, and the text after it is made safe', () => {
    expect(mdxSafe('~~~js\nexport {a}\n~~~\nexport {b}')).toBe('~~~js\nexport {a}\n~~~\n&#101;xport \\{b\\}');
  });
});

describe('forEditor: the body as typed', () => {
  it('gives back import and export at a line start, also indented', () => {
    expect(forEditor('&#105;mport hàng hoá')).toBe('import hàng hoá');
    expect(forEditor('&#101;xport khẩu')).toBe('export khẩu');
    expect(forEditor('  &#101;xport khẩu')).toBe('  export khẩu');
  });

  it('leaves a character reference typed inside a line, or before another word, as it is', () => {
    expect(forEditor('xem &#105;mport')).toBe('xem &#105;mport');
    expect(forEditor('&#105;mportant')).toBe('&#105;mportant');
    expect(forEditor('&#101;xported')).toBe('&#101;xported');
  });

  it('shows < outside code, also after a span of two backticks, and leaves code spans alone', () => {
    expect(forEditor('``a &lt; b`` x &lt; `c &lt; d`')).toBe('``a &lt; b`` x \\< `c &lt; d`');
    expect(forEditor('``a &lt; b`` &lt;')).toBe('``a &lt; b`` \\<');
  });

  it('leaves fenced code alone', () => {
    expect(forEditor('```\n&#101;xport a &lt; b\n```\n&lt;')).toBe('```\n&#101;xport a &lt; b\n```\n\\<');
  });
});
