import { describe, expect, it } from 'vitest';
import { isPlainMarkdown, sameAsMdx } from '../../../src/pipeline/plainMarkdown.ts';
import { shiftHeadings } from '../../../src/lib/bodyHeadings.ts';
import { checkMdx } from '../../../src/pipeline/gate/mdxSyntax.ts';
import { checkBody } from '../../../src/schemas/body.rules.ts';
import { runContentGate } from '../../../src/pipeline/gate/contentGate.ts';
import { root } from '../../helpers/paths.ts';

describe('isPlainMarkdown: bodies MDX reads the same as Markdown', () => {
  it.each([
    ['## Điều 1. Phạm vi\n\nVăn bản **đậm**, [liên kết](https://vbpl.vn).', true],
    ['Viết tắt <abbr title="x">TTHC</abbr>.', false],
    ['Giá trị {x} trong văn bản.', false],
    ['Đoạn.\n\n    mã thụt lề', false],
    ['Đoạn.\n\n\tmã thụt lề', false],
    ['Ảnh: ![Bộ phận một cửa](./images/mot-cua.jpg)', false],
  ])('%j → %s', (body, plain) => {
    expect(isPlainMarkdown(body)).toBe(plain);
  });
});

// The content gate skips the MDX parse of a body that is plain Markdown and passes checkBody: MDX can
// only fail on <, {, } or an import/export line. These bodies try everything else Markdown allows.
describe('a plain-Markdown body that passes checkBody never fails the MDX parse', () => {
  const tricky = [
    'Giá 5 > 3 và a & b; 100% “ngoặc” \'đơn\' `mã` *nghiêng* __đậm__ ~~gạch~~',
    '# Tiêu đề\n\n---\n\n***\n\n> trích\n> > lồng\n\n- a\n  - b\n\n1) một\n2) hai',
    '```\nmã ở đây; a = b * c\n```',
    '| a | b |\n|---|:-:|\n| 1 | 2 |\n\n[^1]\n\n[^1]: chú thích',
    'Liên kết [x](https://a.b/c?d=e&f=g "tiêu đề") và https://vbpl.vn, [tham chiếu][r]\n\n[r]: https://x.y',
    'exported goods, important: imports\nxuất khẩu\n\\*không nghiêng\\* \\# $ % ^ = + |',
    'Dòng cuối có hai dấu cách  \ndòng sau\n\n* [ ] việc\n* [x] xong',
  ];
  it.each(tricky)('%j', (body) => {
    expect(checkBody(body)).toEqual([]);
    expect(isPlainMarkdown(body)).toBe(true);
    expect(checkMdx(body)).toEqual([]);
  });

  it('holds for every body in content/', () => {
    const { entries } = runContentGate(root);
    const plain = entries.filter((e) => e.body && checkBody(e.body).length === 0 && isPlainMarkdown(e.body));
    expect(plain.length).toBeGreaterThan(20);
    for (const e of plain) expect(checkMdx(e.body), e.file).toEqual([]);
  });

  it('still reports what checkBody and MDX find in bodies that are not plain', () => {
    expect(checkMdx('Giá {x} đồng')[0]?.message).toMatch(/is code in MDX/);
    expect(checkMdx('Văn bản <b>đậm')[0]?.message).toMatch(/^MDX syntax/);
    expect(checkBody('export khẩu hàng hoá')[0]?.message).toMatch(/import\/export/);
  });
});

describe('sameAsMdx: HTML that MDX would serialise byte for byte the same', () => {
  it.each([
    ['<h2 id="dieu-1">Điều 1</h2>\n<p>Văn bản <strong>đậm</strong>, <a href="https://vbpl.vn" title="t">liên kết</a> &#x26; “ngoặc”.</p>', true],
    ['<ol start="3">\n<li>Mục</li>\n</ol>', true],
    ['<p>Dòng<br>\ndòng</p>', false],
    ['<hr>', false],
    ['<th style="text-align: left">a</th>', false],
    ['<pre class="astro-code"><code>x</code></pre>', false],
    ['<p>a > b</p>', false],
    ['<p><code>"trích"</code></p>', false],
    ["<p>it's</p>", false],
  ])('%j → %s', (html, same) => {
    expect(sameAsMdx(html)).toBe(same);
  });
});

describe('shiftHeadings', () => {
  it('moves body headings under the page heading, as the MDX components do', () => {
    expect(shiftHeadings('<h1 id="a">A</h1><h2>B</h2><h3>C</h3><h5>E</h5><h6>F</h6><p>h2</p>')).toBe(
      '<h3 id="a">A</h3><h3>B</h3><h4>C</h4><h6>E</h6><h6>F</h6><p>h2</p>',
    );
  });
});
