/**
 * Incremental builds are correct: after each kind of edit an editor makes, `astro build` with the caches
 * of the previous build kept (Astro's incremental cache reuses pages whose cacheKey and code are
 * unchanged) gives exactly the output of a cold build of the same content (scripts/bench/compare-dist.mjs),
 * and it did reuse pages, so the test would notice a key that never matches as well as one that is too
 * coarse. A small generated corpus (24 documents, vi + en) keeps each build short; beside it, a procedure
 * guide whose legal basis is the document most others relate to, and two news articles (one with an image).
 * Edits that cannot hide each other share a build (a title edit re-renders the pages that relate to that
 * document; a summary edit elsewhere re-renders only its own page), so the suite pays for fewer builds.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { astroBuild, buildProject } from '../helpers/buildProject.ts';
import { root } from '../helpers/paths.ts';
import { corpusDocs, writeAstroCorpus } from '../../scripts/bench/corpus.mjs';
import { compareDist } from '../../scripts/bench/compare-dist.mjs';

const docs = corpusDocs(48);
// A document added later: the same generator gives the same first documents, then one more.
const extra = corpusDocs(2 * (docs.length + 1)).at(-1)!;
// The document most others relate to (its title is shown on their pages), and one nobody relates to.
const incoming = new Map<string, number>();
for (const d of [...docs, extra]) for (const r of (d.vi.front.relations ?? []) as { target: string }[]) incoming.set(r.target, (incoming.get(r.target) ?? 0) + 1);
const popular = [...incoming].sort((a, b) => b[1] - a[1])[0]![0];
const unrelated = docs.filter((d) => !incoming.has(d.slug) && d.slug !== popular).at(-1)!.slug;
const plain = docs.find((d) => d.slug !== popular && d.slug !== unrelated && !incoming.has(d.slug) && d.vi.front.status !== 'chua-xac-dinh')!.slug;

let incremental: string;
let cold: string;

// A real procedure guide, its legal basis pointed at the popular document; two real news articles.
const procedure = 'cap-giay-phep-lao-dong';
const news = ['bao-cao-quy-i-2024', 'mot-cua-dien-tu-dung-chung'];
function addProceduresAndNews(dir: string) {
  for (const lang of ['vi', 'en'] as const) {
    const guide = readFileSync(join(root, 'content', 'procedures', lang, `${procedure}.mdx`), 'utf8');
    expect(guide).toContain('- document: 219-2025-nd-cp\n');
    writeFileSync(join(dir, 'content', 'procedures', lang, `${procedure}.mdx`), guide.replace('- document: 219-2025-nd-cp\n', `- document: ${popular}\n`));
    for (const slug of news) cpSync(join(root, 'content', 'news', lang, `${slug}.mdx`), join(dir, 'content', 'news', lang, `${slug}.mdx`));
  }
  cpSync(join(root, 'content', 'news', 'images'), join(dir, 'content', 'news', 'images'), { recursive: true });
}

const file = (dir: string, lang: 'vi' | 'en', slug: string, collection = 'legal') => join(dir, 'content', collection, lang, `${slug}.mdx`);
const edit = (slug: string, langs: ('vi' | 'en')[], change: (text: string) => string, collection = 'legal') => {
  for (const lang of langs) {
    const f = file(incremental, lang, slug, collection);
    const before = readFileSync(f, 'utf8');
    const after = change(before);
    expect(after, `the edit changes ${f}`).not.toBe(before);
    writeFileSync(f, after);
  }
};

function build(dir: string): string {
  const r = astroBuild(dir);
  expect(r.status, r.output.slice(-3000)).toBe(0);
  return r.output;
}

/**
 * Builds the edited content incrementally and cold (a copy without caches); both outputs must be equal.
 * `coldIsCurrent`: the cold copy's dist/ already is a cold build of this content (nothing was edited).
 */
function expectSameAsCold(coldIsCurrent = false): { reused: number; rendered: number } {
  const log = build(incremental);
  if (!coldIsCurrent) {
    for (const collection of ['legal', 'procedures', 'news']) {
      rmSync(join(cold, 'content', collection), { recursive: true, force: true });
      cpSync(join(incremental, 'content', collection), join(cold, 'content', collection), { recursive: true });
    }
    for (const d of ['dist', '.astro']) rmSync(join(cold, d), { recursive: true, force: true });
    build(cold);
  }
  const diff = compareDist(join(incremental, 'dist'), join(cold, 'dist'));
  expect({ onlyIncremental: diff.onlyA, onlyCold: diff.onlyB, different: diff.differ }).toEqual({ onlyIncremental: [], onlyCold: [], different: [] });
  const reused = (log.match(/\((?:cached|restored)\)/g) ?? []).length;
  const html = (log.match(/index\.html/g) ?? []).length;
  console.log(`${expect.getState().currentTestName}: ${reused} pages reused, ${html - reused} rendered`);
  return { reused, rendered: html - reused };
}

describe('an incremental build equals a cold build', () => {
  beforeAll(() => {
    incremental = buildProject({});
    writeAstroCorpus(join(incremental, 'content'), docs);
    for (const lang of ['vi', 'en']) for (const collection of ['procedures', 'news']) mkdirSync(join(incremental, 'content', collection, lang), { recursive: true });
    addProceduresAndNews(incremental);
    cold = buildProject({});
    // The first build of the incremental copy is a cold one (no caches yet): its output is the cold
    // reference for the rebuild with nothing changed.
    build(incremental);
    cpSync(join(incremental, 'dist'), join(cold, 'dist'), { recursive: true });
  }, 600_000);

  it('reuses every document page when nothing changed', () => {
    const { reused } = expectSameAsCold(true);
    // vi + en document pages and facet pages: all of them come from the cache.
    expect(reused).toBeGreaterThanOrEqual(docs.length * 2);
  }, 600_000);

  it('after a summary edit (a document, a news article) and a title edit shown on the pages that relate to the document', () => {
    edit(plain, ['vi'], (t) => t.replace('summary: Nội dung mẫu', 'summary: Nội dung mẫu đã sửa'));
    edit(news[1]!, ['vi'], (t) => t.replace(/^summary: (.*)$/m, 'summary: $1 (đã sửa)'), 'news');
    edit(popular, ['vi', 'en'], (t) => t.replace(/^title: (.*)$/m, 'title: $1 (sửa tiêu đề)'));
    const { reused, rendered } = expectSameAsCold();
    expect(readFileSync(join(incremental, 'dist', 'vi', 'van-ban', plain, 'index.html'), 'utf8')).toContain('Nội dung mẫu đã sửa');
    // The procedure guide names its legal basis by title; the news article was re-rendered.
    expect(readFileSync(join(incremental, 'dist', 'vi', 'thu-tuc', procedure, 'index.html'), 'utf8')).toContain('(sửa tiêu đề)');
    expect(readFileSync(join(incremental, 'dist', 'vi', 'tin-tuc', news[1]!, 'index.html'), 'utf8')).toContain('(đã sửa)');
    expect(reused).toBeGreaterThan(docs.length);
    expect(rendered).toBeLessThan(reused);
  }, 600_000);

  it('after a status change (facet counts on every facet page) and a new relation', () => {
    edit(plain, ['vi', 'en'], (t) => t.replace(/^status: .*$/m, 'status: chua-xac-dinh'));
    const target = docs.find((d) => d.slug !== plain && !(d.vi.front.relations ?? []).length)!.slug;
    edit(plain, ['vi', 'en'], (t) => {
      const front = t.match(/^---\n([\s\S]*?)\n---\n/)!;
      const withRelation = front[1]!.includes('\nrelations:')
        ? front[1]!.replace('\nrelations:\n', `\nrelations:\n  - type: huong-dan\n    target: ${target}\n`)
        : `${front[1]}\n${stringify({ relations: [{ type: 'huong-dan', target }] }).trim()}`;
      return t.replace(front[0], `---\n${withRelation}\n---\n`);
    });
    expectSameAsCold();
  }, 600_000);

  it('after a new document and a deleted document', () => {
    expect(docs.some((d) => d.slug === extra.slug)).toBe(false);
    writeAstroCorpus(join(incremental, 'content'), [extra]);
    for (const lang of ['vi', 'en'] as const) rmSync(file(incremental, lang, unrelated));
    expectSameAsCold();
    expect(existsSync(join(incremental, 'dist', 'en', 'legal', extra.slug, 'index.html'))).toBe(true);
    expect(existsSync(join(incremental, 'dist', 'vi', 'van-ban', unrelated))).toBe(false);
  }, 600_000);

  it('after a change of the site settings and of a UI label (shown on every page)', () => {
    // The hotline is a fact both languages share.
    for (const lang of ['vi', 'en']) {
      const settings = join(incremental, 'content', 'settings', lang, 'site.yaml');
      writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^hotline: .*$/m, 'hotline: 0225 3 999 999'));
      cpSync(settings, join(cold, 'content', 'settings', lang, 'site.yaml'));
    }
    const dictionary = join(incremental, 'src', 'i18n', 'ui', 'vi.ts');
    const before = readFileSync(dictionary, 'utf8');
    expect(before).toContain("'legal.summary': 'Tóm tắt',");
    writeFileSync(dictionary, before.replace("'legal.summary': 'Tóm tắt',", "'legal.summary': 'Tóm tắt nội dung',"));
    // The cold copy gets the same code.
    cpSync(dictionary, join(cold, 'src', 'i18n', 'ui', 'vi.ts'));
    expectSameAsCold();
    expect(readFileSync(join(incremental, 'dist', 'en', 'legal', plain, 'index.html'), 'utf8')).toContain('0225 3 999 999');
    expect(readFileSync(join(incremental, 'dist', 'vi', 'van-ban', plain, 'index.html'), 'utf8')).toContain('Tóm tắt nội dung');
  }, 600_000);
});
