/**
 * The content gate reads front matter with js-yaml's core schema first and falls back to the `yaml`
 * parser, which reports every problem with its line (src/lib/frontmatter.ts). The fast path must give
 * exactly the data the strict parser gives, and must decline (so the strict parser reports) wherever the
 * strict parser finds an error or a warning.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { fastYaml, parseContentFile, parseYaml, parseYamlStrict, splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { root } from '../../helpers/paths.ts';
import { walk } from '../../helpers/dist.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { corpusDocs, writeAstroCorpus } from '../../../scripts/bench/corpus.mjs';

// js-yaml alone, without the guard of fastYaml.
const jsYaml = (text: string) => load(text, { schema: CORE_SCHEMA }) ?? null;

const files = (dir: string) => walk(dir).filter((f) => /\.(mdx|yaml)$/.test(f));

const yamlOf = (path: string) => {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.yaml') ? text : (splitFrontmatter(text)?.yaml ?? '');
};

describe('front matter: the fast reading and the strict one agree', () => {
  it('on every file in content/', () => {
    const all = files(join(root, 'content'));
    expect(all.length).toBeGreaterThan(50);
    let fastRead = 0;
    for (const f of all) {
      const strict = parseYamlStrict(yamlOf(f));
      expect(strict.errors, f).toEqual([]);
      const data = fastYaml(yamlOf(f));
      if (data === undefined) continue;
      fastRead++;
      expect(data, f).toStrictEqual(strict.data);
    }
    // Every legal document (the bulk of a register) is read the fast way.
    expect(fastRead).toBeGreaterThanOrEqual(all.filter((f) => f.includes('/legal/')).length);
  });

  it('on 400 generated documents of the benchmark corpus', () => {
    const dir = tempDir('heza-yaml-');
    writeAstroCorpus(dir, corpusDocs(400));
    const all = files(dir);
    expect(all.length).toBe(400);
    for (const f of all) {
      const data = fastYaml(yamlOf(f));
      expect(data, `${f} is read the fast way`).not.toBeUndefined();
      expect(data, f).toStrictEqual(parseYamlStrict(yamlOf(f)).data);
    }
  });

  it.each([
    ['dates stay text, even impossible ones', 'issued: 2019-02-30\neffective: 2018-06-21'],
    ['YAML 1.1 booleans are text', 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: True\ng: FALSE'],
    ['nulls', 'a: ~\nb: null\nc:\nd: Null'],
    ['numbers', 'a: 12\nb: -0\nc: .5\nd: 1e3\ne: 0x1F\nf: 0o17\ng: +7\nh: .inf\ni: 50.000\nj: "50.000"\nk: 1_000\nl: 0b101\nm: 012'],
    ['strings and escapes', 'a: "Nghị định \\"61\\"\\n"\nb: \'it\'\'s\'\nc: 61/2018/NĐ-CP\nd: "#1"\ne: a # comment'],
    ['block scalars', 'a: |\n  dòng một\n  dòng hai\nb: >-\n  gập\n  lại\nc: |+\n  giữ\n\n'],
    ['lists and maps, flow and block', 'a: [1, "x", {b: c}]\nd:\n  - e: f\n    g: [h]\n  - i\nj: {}\nk: []'],
    ['anchors and aliases', 'a: &x {b: 1}\nc: *x'],
    ['keys that look like other things', '1: a\ntrue: b\nnull: c\n"2019-01-01": d'],
    ['numbers the two parsers read differently', 'a: -0\nb: 0b101\nc: -.5'],
    ['keys the two parsers read differently', '~: a\n? [c, d]\n: e'],
  ])('%s', (_, text) => {
    const strict = parseYamlStrict(text);
    expect(strict.errors).toEqual([]);
    // Whichever way it is read, the gate gets the strict parser's data.
    expect(parseYaml(text).data).toStrictEqual(strict.data);
    const data = fastYaml(text);
    if (data !== undefined) expect(data).toStrictEqual(strict.data);
  });

  it('sends numbers, number-like text and odd keys to the strict parser, where js-yaml alone differs', () => {
    for (const text of ['a: -0', 'a: 0b101', 'a: -.5', '~: a', 'null: b', '? [c, d]\n: e']) {
      expect(jsYaml(text), text).not.toStrictEqual(parseYamlStrict(text).data);
      expect(fastYaml(text), text).toBeUndefined();
    }
    expect(fastYaml('title: Nghị định\nissued: 2018-04-23\nverified: true\nsubjects: [mot-cua]')).toEqual({
      title: 'Nghị định',
      issued: '2018-04-23',
      verified: true,
      subjects: ['mot-cua'],
    });
  });
});

describe('front matter: problems still reach the strict parser, with their line', () => {
  it.each([
    ['a duplicate key', 'title: a\ntitle: b'],
    ['a tab for indentation', 'a:\n\t- b'],
    ['an unknown tag', 'a: !khac x'],
    ['two documents', 'a: 1\n...\n---\nb: 2'],
    ['an unclosed quote', 'a: "không đóng'],
    ['bad indentation', 'a:\n  - b\n - c'],
    ['a mapping after a scalar', 'a: b: c'],
  ])('%s', (_, text) => {
    const strict = parseYamlStrict(text);
    expect(strict.errors.length, 'the strict parser finds a problem').toBeGreaterThan(0);
    expect(fastYaml(text), 'the fast path must not accept it').toBeUndefined();
    expect(parseYaml(text)).toEqual(strict);
    expect(parseContentFile(`${text}\n`, 'yaml').errors[0]?.line).toBeGreaterThanOrEqual(1);
  });
});
