/**
 * How the CMS writes files: bodies made safe for MDX without changing what a reader sees, empty
 * optional fields left out, and every existing entry read and written back with the same data.
 * (That the safe bodies really compile and show as typed is proven by a real Astro build in
 * tests/browser/cms.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers/paths.ts';
import { forEditor, mdxSafe } from '../../../src/cms/mdxSafe.ts';
import { fromMdx, fromYaml, toMdx, toYaml, withoutEmpty } from '../../../src/cms/format.ts';
import { checkBody } from '../../../src/schemas/body.rules.ts';
import { collectionDefs, type CollectionDef } from '../../../src/schemas/index.ts';
import { cmsFields } from '../../../src/schemas/fields.ts';
import { parseContentFile } from '../../../src/lib/frontmatter.ts';

describe('mdxSafe', () => {
  it.each([
    ['Giá {50.000} đồng', 'Giá \\{50.000\\} đồng'],
    ['a < b và b > c', 'a &lt; b và b > c'],
    ['<b>không đậm</b>', '&lt;b>không đậm&lt;/b>'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)>'],
    ['export khẩu hàng hoá', '&#101;xport khẩu hàng hoá'],
    ['import of goods', '&#105;mport of goods'],
    ['  export {x}', '  &#101;xport \\{x\\}'],
    ['Exports rose', 'Exports rose'],
    ['mã `{code} < 1` giữ nguyên', 'mã `{code} < 1` giữ nguyên'],
    ['already \\{safe\\}', 'already \\{safe\\}'],
    ['backslash before < : \\<', 'backslash before &lt; : &lt;'],
    ['<!-- ghi chú -->', '&lt;!-- ghi chú -->'],
    ['[liên kết](https://a.vn/?q={x})', '[liên kết](https://a.vn/?q=\\{x\\})'],
    ['dòng 1\r\ndòng 2', 'dòng 1\ndòng 2'],
  ])('%j → %j', (typed, safe) => {
    expect(mdxSafe(typed)).toBe(safe);
  });

  it('leaves fenced code as it is', () => {
    const body = 'Trước {a}\n\n```\n{code} < 1\nexport x\n```\n\nSau <b>';
    expect(mdxSafe(body)).toBe('Trước \\{a\\}\n\n```\n{code} < 1\nexport x\n```\n\nSau &lt;b>');
  });

  it('writes Vietnamese in NFC whatever form was pasted', () => {
    const nfd = 'Nghị định về một cửa'.normalize('NFD');
    expect(mdxSafe(nfd)).toBe('Nghị định về một cửa'.normalize('NFC'));
  });

  it('is idempotent, so saving twice changes nothing', () => {
    for (const s of ['Giá {1} < 2 <b>', 'export {x}', '`a{b}` {c}', 'Word “quotes” – dash… {x}']) {
      expect(mdxSafe(mdxSafe(s))).toBe(mdxSafe(s));
    }
  });

  it('gives bodies the content gate accepts, even for text that looks like script', () => {
    const typed = '<script>x</script>\nexport const a = 1\n<a href="#" onclick="x()">y</a>\n<iframe src="x">';
    expect(checkBody(typed).length).toBeGreaterThan(0);
    expect(checkBody(mdxSafe(typed))).toEqual([]);
  });
});

describe('the CMS file formats', () => {
  it('leave out optional fields an editor left empty, at any depth', () => {
    expect(withoutEmpty({ a: '', b: null, c: 'x', d: [{ e: '', f: 'y' }], g: [], h: '  ' })).toEqual({ c: 'x', d: [{ f: 'y' }], g: [] });
  });

  it('write front matter in the order of the fields, keeping fields the CMS does not know', () => {
    const text = toMdx({ summary: 'S', title: 'T', unknownField: 1, body: 'B {x}' }, ['title', 'summary']);
    expect(text).toBe('---\ntitle: T\nsummary: S\nunknownField: 1\n---\n\nB \\{x\\}\n');
    expect(fromMdx(text)).toEqual({ title: 'T', summary: 'S', unknownField: 1, body: 'B \\{x\\}' });
  });

  it('keep dates as the text written (YAML 1.2), never as Date objects', () => {
    expect(fromMdx('---\nissued: 2018-04-23\n---\n').issued).toBe('2018-04-23');
    expect(fromYaml('a: 2018-04-23\n').a).toBe('2018-04-23');
  });

  it('write an entry without a body as front matter only', () => {
    expect(toMdx({ title: 'T' })).toBe('---\ntitle: T\n---\n');
    expect(toYaml({ title: 'T', body: 'ignored' })).toBe('title: T\n');
  });
});

describe('every entry in content/ survives a CMS read and write with the same data', () => {
  const files = (Object.values(collectionDefs) as CollectionDef[]).flatMap((def) =>
    ['vi', 'en'].flatMap((lang) => {
      const dir = join(root, 'content', def.folder, lang);
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith(`.${def.extension}`));
      } catch {}
      return names.map((n) => ({ def, file: join(dir, n), rel: `content/${def.folder}/${lang}/${n}` }));
    }),
  );

  it('finds the content', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.rel, f] as const))('%s', (_rel, { def, file }) => {
    const source = readFileSync(file, 'utf8');
    const order = cmsFields(def.fields).map((f) => f.name);
    const read = def.extension === 'mdx' ? fromMdx : fromYaml;
    const write = def.extension === 'mdx' ? toMdx : toYaml;
    const data = read(source);
    const written = write(data, order);
    expect(read(written)).toEqual(data);
    // The same front matter as the content gate reads it, and the same body.
    const before = parseContentFile(source, def.extension);
    const after = parseContentFile(written, def.extension);
    expect(after.errors).toEqual([]);
    expect(after.data).toEqual(before.data);
    expect(after.body.trim()).toBe(before.body.trim());
  });
});

describe('the body as the editor sees it again', () => {
  const typed = ['a < b', 'Giá {50.000} đồng', '<b>không đậm</b>', 'export khẩu', 'import hàng', '`a < b` trong mã', 'x\\<y'];
  it('shows "<" as typed (the Markdown escape), never the character reference', () => {
    expect(forEditor(mdxSafe('a < b'))).toBe('a \\< b');
    expect(forEditor(mdxSafe('export khẩu'))).toBe('export khẩu');
    expect(forEditor('`a &lt; b`')).toBe('`a &lt; b`');
  });
  it('saves again exactly what was saved (mdxSafe ∘ forEditor keeps a safe body)', () => {
    for (const t of typed) expect(mdxSafe(forEditor(mdxSafe(t))), t).toBe(mdxSafe(t));
    const file = toMdx({ title: 'x', body: typed.join('\n\n') });
    expect(toMdx(fromMdx(file))).toBe(file);
  });
});

describe('saving in the file’s own style', () => {
  const changedLines = (a: string, b: string) => {
    const [x, y] = [a.split('\n'), b.split('\n')];
    return Array.from({ length: Math.max(x.length, y.length) }, (_, i) => i).filter((i) => x[i] !== y[i]);
  };
  it('changes only the lines of the changed values (quotes and [a, b] lists kept)', () => {
    const file = readFileSync(join(root, 'content/legal/vi/01-2018-tt-vpcp.mdx'), 'utf8');
    const data = fromMdx(file);
    expect(toMdx(data)).toBe(file);
    const out = toMdx({ ...data, statusCheckedOn: '2026-11-28', subjects: ['mot-cua'] });
    expect(changedLines(file, out)).toHaveLength(2);
    expect(out).toContain('subjects: [mot-cua]\n');
    expect(out).toContain('number: "01/2018/TT-VPCP"\n');
  });
});
