/**
 * One terminology: every English content file and the English UI dictionary use the glossary's English
 * (src/i18n/glossary.ts) and none of the English it lists to avoid. A failure names the file, the line, the
 * term found and the term to use. English procedure titles are verb phrases ("Issuing …").
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { avoidedTermsIn, glossary, glossaryMarkdown, isVerbPhraseTitle } from '../../src/i18n/glossary.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { root } from '../helpers/paths.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** content/<collection>/en/…, the English UI dictionary, and the schemas (whose vocabularies carry English labels). */
const englishFiles = [
  ...filesUnder(join(root, 'content')).filter((p) => /[\\/]en[\\/][^\\/]+\.(mdx|md|ya?ml)$/.test(p)),
  join(root, 'src/i18n/ui/en.ts'),
  ...filesUnder(join(root, 'src/schemas')).filter((p) => p.endsWith('.ts')),
];

/** "file:line: found “x” — use “y”" for every avoided term in the files. */
function report(paths: string[]): string[] {
  return paths.flatMap((path) =>
    avoidedTermsIn(readFileSync(path, 'utf8')).map((h) => `${relative(root, path)}:${h.line}: found “${h.found}” — use “${h.use}”`),
  );
}

describe('terminology', () => {
  it('reads every English content file and the English UI dictionary', () => {
    const collections = new Set(englishFiles.map((p) => relative(join(root, 'content'), p).split(/[\\/]/)[0]));
    for (const c of ['legal', 'procedures', 'news', 'programme', 'events', 'settings']) expect(collections, c).toContain(c);
  });

  it('finds no English term the glossary says to avoid', () => {
    expect(report(englishFiles)).toEqual([]);
  });

  it('fails on a file that uses avoided terms, naming the file, the line and the term to use', () => {
    const fixture = join(root, 'tests/content/fixtures/terminology-bad.en.mdx');
    const lines = report([fixture]);
    expect(lines).toContain('tests/content/fixtures/terminology-bad.en.mdx:6: found “one-stop desk” — use “Reception and Results Desk”');
    expect(lines).toContain('tests/content/fixtures/terminology-bad.en.mdx:7: found “industrial parks” — use “industrial zone, economic zone”');
    expect(lines).toContain('tests/content/fixtures/terminology-bad.en.mdx:7: found “Management Office” — use “the Authority’s Office (Office of the Authority)”');
    expect(lines.filter((l) => l.includes(':8:')).map((l) => l.split('found ')[1]!.split(' —')[0]).sort()).toEqual([
      '“Authority\'s departments”',
      '“as fully as possible”',
      '“departments and units”',
    ]);
  });

  it('matches whole words only, and both apostrophes', () => {
    expect(avoidedTermsIn('the industrial zones, not parks')).toEqual([]);
    expect(avoidedTermsIn('the Department of Information and Communications')).toEqual([]);
    expect(avoidedTermsIn('line one\nthe Authority’s departments').map((h) => h.line)).toEqual([2]);
  });

  it('lists for every avoided term the term to use instead', () => {
    for (const term of glossary) for (const a of term.avoid ?? []) expect(term.en.toLowerCase(), a).not.toContain(a.toLowerCase());
  });

  it('writes procedure titles in English as verb phrases', () => {
    const titles = runContentGate(root)
      .entries.filter((e) => e.collection === 'procedures' && e.lang === 'en')
      .map((e) => `${e.file}: ${e.data.title as string}`);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => !isVerbPhraseTitle(t.split(': ').slice(1).join(': ')))).toEqual([]);
    expect(isVerbPhraseTitle('Work permit for a foreign worker')).toBe(false);
    expect(isVerbPhraseTitle('Issuing a work permit to a foreign worker')).toBe(true);
  });

  it('keeps CONTEXT.md generated from the glossary data', () => {
    expect(readFileSync(join(root, 'CONTEXT.md'), 'utf8')).toBe(glossaryMarkdown());
  });
});
