/**
 * Saving from the CMS writes a file back in its own style, so that a change of two values is a
 * two-line diff a reviewer can read: quotes, flow lists [a, b], list indentation and padding stay as
 * they were; a new field goes where the field definitions put it; a file that cannot be matched
 * confidently to what was read is written in the standard style. And the smaller promises: empty
 * values left out, a body without stray blank lines, non-maps read as no data.
 *
 * Every test reads its own files first (the CMS remembers what it read), with titles used nowhere
 * else, so that it does not depend on another test.
 */
import { describe, expect, it } from 'vitest';
import { fromMdx, fromYaml, toMdx, toYaml, withoutEmpty } from '../../../src/cms/format.ts';

describe('which file the saved data was read from', () => {
  // First in this file: the file read is the only one remembered.
  it('the only file read is the original even when it shares one value of two', () => {
    const file = "title: 'Chỉ một tệp'\nnote: cũ\n";
    expect(fromYaml(file)).toEqual({ title: 'Chỉ một tệp', note: 'cũ' });
    expect(toYaml({ title: 'Chỉ một tệp', note: 'mới' })).toBe("title: 'Chỉ một tệp'\nnote: mới\n");
  });

  it('is the file the data came from, also when other files were read after it', () => {
    const a = "title: 'Tệp A đọc trước'\nstatus: con-hieu-luc\n";
    fromYaml(a);
    fromYaml('title: Tệp B đọc sau\nstatus: ngung-hieu-luc\n');
    fromYaml('title: Tệp C đọc sau cùng\nstatus: chua-co-hieu-luc\n');
    expect(toYaml({ title: 'Tệp A đọc trước', status: 'het-hieu-luc' })).toBe("title: 'Tệp A đọc trước'\nstatus: het-hieu-luc\n");
  });

  it('is the same file when it was read twice', () => {
    const a = 'title: "Đọc hai lần"\nk1: 1\n';
    fromYaml(a);
    fromYaml('title: Khác hẳn\nk1: 3\n');
    fromYaml(a);
    expect(toYaml({ title: 'Đọc hai lần', k1: 2 })).toBe('title: "Đọc hai lần"\nk1: 2\n');
  });

  it('is none when two files are equally close: the standard style', () => {
    fromYaml('title: Không liên quan gì\nz9: 0\n');
    fromYaml('title: "Hai tệp giống nhau"\nt1: 1\n');
    fromYaml('title: "Hai tệp giống nhau"\nt2: 1\n');
    expect(toYaml({ title: 'Hai tệp giống nhau', t3: 2 })).toBe('title: Hai tệp giống nhau\nt3: 2\n');
  });

  it('is the closest file when another shares fewer values', () => {
    fromYaml('title: "Gần nhất"\nq1: 1\nq2: 2\nq3: 3\n');
    fromYaml('title: "Xa hơn"\nq1: 1\nq2: 0\nq3: 0\n');
    expect(toYaml({ title: 'Gần nhất', q1: 1, q2: 2, q3: 9 })).toBe('title: "Gần nhất"\nq1: 1\nq2: 2\nq3: 9\n');
  });

  it('is the file sharing half the values, but none sharing fewer than half', () => {
    fromYaml('title: "Một nửa"\nh1: 1\nh2: 2\nh3: 3\n');
    expect(toYaml({ title: 'Một nửa', h1: 1, h2: 9, h3: 9 })).toBe('title: "Một nửa"\nh1: 1\nh2: 9\nh3: 9\n');
    expect(toYaml({ title: 'Một nửa', h1: 8, h2: 9, h3: 9 })).toBe('title: Một nửa\nh1: 8\nh2: 9\nh3: 9\n');
  });
});

describe('the file’s own layout', () => {
  it('lists written without indentation stay so', () => {
    const file = 'title: Danh sách không thụt lề\ntags:\n- mot-cua\n- dau-tu\n';
    expect(toYaml(fromYaml(file))).toBe(file);
    expect(toYaml({ ...fromYaml(file), tags: ['mot-cua', 'dau-tu', 'xay-dung'] })).toBe('title: Danh sách không thụt lề\ntags:\n- mot-cua\n- dau-tu\n- xay-dung\n');
  });

  it('lists written with indentation stay so', () => {
    const file = 'title: Danh sách thụt lề\nlabels:\n  - chinh-quyen-dien-tu\n';
    expect(toYaml({ ...fromYaml(file), labels: ['chinh-quyen-dien-tu', 'cai-cach'] })).toBe('title: Danh sách thụt lề\nlabels:\n  - chinh-quyen-dien-tu\n  - cai-cach\n');
  });

  it('flow lists written with spaces inside the brackets stay so, and without them too', () => {
    const padded = 'title: Có khoảng trắng\ntags: [ to-chuc-bo-may, lao-dong ]\n';
    expect(toYaml({ ...fromYaml(padded), tags: ['to-chuc-bo-may'] })).toBe('title: Có khoảng trắng\ntags: [ to-chuc-bo-may ]\n');
    const tight = 'title: Không khoảng trắng\ntags: [tuyen-truyen, don-vi-hanh-chinh]\n';
    expect(toYaml({ ...fromYaml(tight), tags: ['don-vi-hanh-chinh'] })).toBe('title: Không khoảng trắng\ntags: [don-vi-hanh-chinh]\n');
  });

  it('a long line stays one line when the file had none folded', () => {
    const file = 'title: "Dòng dài"\nsummary: ngắn\n';
    const long = 'Hướng dẫn thực hiện thủ tục hành chính tại Bộ phận một cửa của thành phố Hải Phòng theo quy định mới nhất năm 2026';
    expect(toYaml({ ...fromYaml(file), summary: long })).toBe(`title: "Dòng dài"\nsummary: ${long}\n`);
  });

  it('a file no layout reproduces exactly is written in the closest one', () => {
    // Four-space indentation is never written, so no choice matches every line; the closest keeps the
    // unindented list and the tight flow list, and does not fold the long title.
    const file = 'title: "Bốn dấu cách"\ntags:\n- a\nflow: [a, b]\nmeta:\n    x: 1\n';
    const long = 'Kế hoạch cải cách hành chính của thành phố Hải Phòng năm 2026 với trọng tâm là số hoá hồ sơ và rút ngắn thời hạn giải quyết';
    expect(long.length).toBeGreaterThan(120);
    expect(toYaml({ ...fromYaml(file), title: long })).toBe(`title: "${long}"\ntags:\n- a\nflow: [a, b]\nmeta:\n  x: 1\n`);
  });
});

describe('changed values keep their style', () => {
  it('a quoted text stays quoted in the same quotes', () => {
    const file = "title: \"Ngoặc kép\"\nnumber: '01/2018/TT-VPCP'\n";
    expect(toYaml({ ...fromYaml(file), number: '02/2019/TT-VPCP' })).toBe("title: \"Ngoặc kép\"\nnumber: '02/2019/TT-VPCP'\n");
  });

  it('the items of a list keep their quotes, a new item is written plainly', () => {
    const file = 'title: "Danh sách trích dẫn"\nitems: ["a", \'b\']\n';
    expect(toYaml({ ...fromYaml(file), items: ['a', 'b', 'c'] })).toBe('title: "Danh sách trích dẫn"\nitems: ["a", \'b\', c]\n');
    expect(toYaml({ ...fromYaml(file), items: ['a'] })).toBe('title: "Danh sách trích dẫn"\nitems: ["a"]\n');
  });

  it('a group changes only in the changed field', () => {
    const file = 'title: "Nhóm"\ngroup:\n  name: "G"\n  note: cũ\n';
    expect(toYaml({ ...fromYaml(file), group: { name: 'G', note: 'mới' } })).toBe('title: "Nhóm"\ngroup:\n  name: "G"\n  note: mới\n');
  });

  it('an item of a list of groups changes only in the changed field', () => {
    const file = 'title: "Nguồn"\nsources:\n  - title: "Nguồn A"\n    url: https://a.vn\n  - title: \'Nguồn B\'\n';
    const sources = [{ title: 'Nguồn A', url: 'https://b.vn' }, { title: 'Nguồn B' }];
    expect(toYaml({ ...fromYaml(file), sources })).toBe('title: "Nguồn"\nsources:\n  - title: "Nguồn A"\n    url: https://b.vn\n  - title: \'Nguồn B\'\n');
  });

  it('a value that changes kind is written anew, the rest of the file keeping its style', () => {
    const file = 'title: "Đổi kiểu"\ntext: chữ\nlist: [x, y]\ngroup:\n  a: 1\n';
    const data = fromYaml(file);
    expect(toYaml({ ...data, text: ['m', 'n'] })).toBe('title: "Đổi kiểu"\ntext:\n  - m\n  - n\nlist: [x, y]\ngroup:\n  a: 1\n');
    expect(toYaml({ ...data, list: 'chữ' })).toBe('title: "Đổi kiểu"\ntext: chữ\nlist: chữ\ngroup:\n  a: 1\n');
    expect(toYaml({ ...data, list: { k: 1 } })).toBe('title: "Đổi kiểu"\ntext: chữ\nlist: {k: 1}\ngroup:\n  a: 1\n');
    expect(toYaml({ ...data, group: 'chữ' })).toBe('title: "Đổi kiểu"\ntext: chữ\nlist: [x, y]\ngroup: chữ\n');
    expect(toYaml({ ...data, group: ['p'] })).toBe('title: "Đổi kiểu"\ntext: chữ\nlist: [x, y]\ngroup:\n  - p\n');
    expect(toYaml({ ...data, text: { b: 2 } })).toBe('title: "Đổi kiểu"\ntext:\n  b: 2\nlist: [x, y]\ngroup:\n  a: 1\n');
  });
});

describe('fields added and removed', () => {
  const order = ['title', 'number', 'summary'];

  it('a new field goes where the field definitions put it; unknown fields go last, in the order given', () => {
    const file = 'title: "Chèn trường"\nsummary: Tóm tắt\nextra: 1\n';
    expect(toYaml({ ...fromYaml(file), number: '5/2020/NĐ-CP', more: 2 }, order)).toBe('title: "Chèn trường"\nnumber: 5/2020/NĐ-CP\nsummary: Tóm tắt\nextra: 1\nmore: 2\n');
  });

  it('a new first field goes first', () => {
    const file = 'number: "7/2021/NĐ-CP"\nsummary: Tóm tắt đầu\n';
    expect(toYaml({ ...fromYaml(file), title: 'Mới' }, order)).toBe('title: Mới\nnumber: "7/2021/NĐ-CP"\nsummary: Tóm tắt đầu\n');
  });

  it('a field emptied by the editor disappears, the rest keeping its style', () => {
    fromYaml('title: "Bỏ trường"\nsignerPosition: "Phó Thủ tướng"\nsummary: Có\n');
    expect(toYaml({ title: 'Bỏ trường', signerPosition: '', summary: 'Có' })).toBe('title: "Bỏ trường"\nsummary: Có\n');
  });
});

describe('values left empty, and the standard style', () => {
  it('leaves plain values as they are and drops undefined fields too', () => {
    expect(withoutEmpty('x')).toBe('x');
    expect(withoutEmpty(0)).toBe(0);
    expect(withoutEmpty(false)).toBe(false);
    expect(withoutEmpty(null)).toBe(null);
    expect(withoutEmpty({ a: ['x', 1, true], b: false, c: 0 })).toEqual({ a: ['x', 1, true], b: false, c: 0 });
    expect(Object.keys(withoutEmpty({ a: undefined, b: 'x', c: null, d: '' }) as object)).toEqual(['b']);
  });

  it('writes nothing for nothing, and long text on one line in the standard style', () => {
    expect(toYaml({})).toBe('');
    expect(toYaml({ title: '', note: '  ' })).toBe('');
    const long = 'Quyết định công bố danh mục thủ tục hành chính được chuẩn hoá thuộc phạm vi chức năng quản lý của Ban Quản lý Khu kinh tế';
    expect(toYaml({ title: 'Chưa từng đọc', summary: long })).toBe(`title: Chưa từng đọc\nsummary: ${long}\n`);
  });

  it('reads a YAML file that is not a group of fields as no data', () => {
    expect(fromYaml('- a\n- b\n')).toEqual({});
    expect(fromYaml('')).toEqual({});
    expect(fromYaml('chỉ một dòng chữ')).toEqual({});
  });
});

describe('MDX files: front matter and body', () => {
  it('a file without front matter is all body, an empty one is nothing', () => {
    expect(fromMdx('Chỉ có nội dung.')).toEqual({ body: 'Chỉ có nội dung.' });
    expect(fromMdx('  \n')).toEqual({});
  });

  it('the body is read without the blank lines around it, keeping those inside', () => {
    expect(fromMdx('---\ntitle: T\n---\n\n\nĐoạn 1\n\nĐoạn 2\n\n\n')).toEqual({ title: 'T', body: 'Đoạn 1\n\nĐoạn 2' });
    expect(fromMdx('---\ntitle: T\n---\nĐoạn 1\n\nĐoạn 2')).toEqual({ title: 'T', body: 'Đoạn 1\n\nĐoạn 2' });
  });

  it('the body is written after one blank line and ends with one new line; a body that is not text is left out', () => {
    expect(toMdx({ title: 'T', body: 'Đoạn\n\n\n' })).toBe('---\ntitle: T\n---\n\nĐoạn\n');
    expect(toMdx({ title: 'T', body: null as unknown as string })).toBe('---\ntitle: T\n---\n');
    expect(toMdx({ title: 'T', body: '  \n' })).toBe('---\ntitle: T\n---\n');
    expect(toMdx({ body: 'Chỉ nội dung' })).toBe('---\n---\n\nChỉ nội dung\n');
  });
});
