/**
 * Reading a content file (src/lib/frontmatter.ts) as an editor's mistakes show it: only a line of exactly
 * --- closes the front matter; a file whose front matter is never closed is reported on line 1; a field
 * written twice is reported on its line in the file (the front matter starts on line 2); plain front matter
 * takes the fast reading, numbers and mixed lists the strict one.
 */
import { describe, expect, it } from 'vitest';
import { fastYaml, parseContentFile, parseYaml, parseYamlStrict, splitFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('splitting front matter from the body', () => {
  it('closes the front matter only at a line of exactly --- (spaces after it allowed)', () => {
    expect(splitFrontmatter('---\ntitle: Kế hoạch 2024 ---\nnote: ----\n---  \nNội dung.\n')).toEqual({
      yaml: 'title: Kế hoạch 2024 ---\nnote: ----\n',
      body: 'Nội dung.\n',
      bodyLine: 5,
    });
  });

  it('finds no front matter that is never closed', () => {
    expect(splitFrontmatter('---\ntitle: Kế hoạch 2024\n')).toBeNull();
    expect(parseContentFile('---\ntitle: Kế hoạch 2024\n', 'mdx')).toEqual({
      data: undefined,
      body: '---\ntitle: Kế hoạch 2024\n',
      bodyLine: 1,
      errors: [{ line: 1, message: 'the file must start with front matter between two lines of ---' }],
    });
  });
});

describe('reading front matter', () => {
  it('reports a field written twice on its line in the file', () => {
    expect(parseYamlStrict('title: a\ntitle: b\n')).toEqual({ data: undefined, errors: [{ line: 2, message: 'YAML: Map keys must be unique' }] });
    expect(parseContentFile('---\ntitle: a\ntitle: b\n---\nNội dung.\n', 'mdx')).toEqual({
      data: undefined,
      body: 'Nội dung.\n',
      bodyLine: 5,
      errors: [{ line: 3, message: 'YAML: Map keys must be unique' }],
    });
  });

  it('reads a data file whole, without a body', () => {
    expect(parseContentFile('title: Kế hoạch\nyear: 2024\n', 'yaml')).toEqual({ data: { title: 'Kế hoạch', year: 2024 }, body: '', bodyLine: 0, errors: [] });
  });

  it('reads plain front matter (text, true/false, empty values, lists of text) the fast way', () => {
    expect(fastYaml('title: Kế hoạch\nsample: true\nnote: ~\ntags: [mot-cua, bao-cao]\n')).toStrictEqual({ title: 'Kế hoạch', sample: true, note: null, tags: ['mot-cua', 'bao-cao'] });
  });

  it('sends a list holding a number to the strict reading, with the same data', () => {
    expect(fastYaml('tags: [mot-cua, 2024]\n')).toBeUndefined();
    expect(parseYaml('tags: [mot-cua, 2024]\n')).toEqual({ data: { tags: ['mot-cua', 2024] }, errors: [] });
  });
});
