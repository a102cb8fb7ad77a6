import { describe, expect, it } from 'vitest';
import { isPlainMarkdown, sameAsMdx } from '../../src/lib/plainMarkdown.ts';
import { shiftHeadings } from '../../src/lib/bodyHeadings.ts';

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
