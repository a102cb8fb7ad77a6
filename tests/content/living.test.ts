/**
 * The real `astro build` on a small fixture register: two builds of unchanged content give identical pages,
 * feeds and open data (no build time in them), and a change note added to the fixture appears on the page,
 * on the recent-changes page, in the Atom feed and in /api/changes.json — while pages it does not touch keep
 * their bytes.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { parseAtomFeed } from 'feedsmith';
import { astroBuild, buildProject } from '../helpers/buildProject.ts';
import { mdx, validDoc } from '../helpers/contentFixture.ts';
import { walk } from '../helpers/dist.ts';
import { tempDir } from '../helpers/tmp.ts';

const first = { date: '2026-11-01', note: 'Đăng tải lần đầu.' };
const firstEn = { date: '2026-11-01', note: 'First published.' };
const enFront = { title: 'Decree on the one-stop shop', summary: 'Summary.', sources: [{ title: 'Test source' }] };
const files = (vi: unknown[], en: unknown[]) => ({
  'content/legal/vi/61-2018-nd-cp.mdx': mdx(validDoc({ changes: vi })),
  'content/legal/en/61-2018-nd-cp.mdx': mdx(validDoc({ ...enFront, changes: en })),
  'content/legal/vi/107-2021-nd-cp.mdx': mdx(validDoc({ number: '107/2021/NĐ-CP', issued: '2021-12-06', effective: '2022-02-21', relations: [{ type: 'sua-doi-bo-sung', target: '61-2018-nd-cp' }] })),
  'content/legal/en/107-2021-nd-cp.mdx': mdx(validDoc({ ...enFront, number: '107/2021/NĐ-CP', issued: '2021-12-06', effective: '2022-02-21', relations: [{ type: 'sua-doi-bo-sung', target: '61-2018-nd-cp' }] })),
});

/** Every output file an `astro build` writes, except /build.json (the one place the build time is). */
function outputs(dist: string): Map<string, string> {
  return new Map(
    walk(dist)
      .filter((f) => /\.(html|xml|json|ics|txt)$/.test(f) && !f.endsWith(`${join('dist', 'build.json')}`))
      .map((f) => [f.slice(dist.length), readFileSync(f, 'utf8')]),
  );
}

describe('a living register, built twice and then changed', () => {
  it('gives identical output for unchanged content, and shows a new change note everywhere it belongs', () => {
    const dir = buildProject(files([first], [firstEn]));
    const dist = join(dir, 'dist');
    let r = astroBuild(dir);
    expect(r.status, r.output.slice(-2000)).toBe(0);
    const before = join(tempDir('heza-dist-'), 'dist');
    cpSync(dist, before, { recursive: true });
    expect(JSON.parse(readFileSync(join(dist, 'build.json'), 'utf8')).builtAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    r = astroBuild(dir);
    expect(r.status, r.output.slice(-2000)).toBe(0);
    const a = outputs(before);
    const b = outputs(dist);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
    expect(differ, 'files that differ between two builds of the same content').toEqual([]);
    expect(a.size).toBeGreaterThan(40);

    // An editor records a change in substance, in both languages.
    const note = { date: '2026-11-15', note: 'Tình trạng hiệu lực: được sửa đổi, bổ sung bởi Nghị định 107/2021/NĐ-CP.' };
    const noteEn = { date: '2026-11-15', note: 'Validity status: amended by Decree 107/2021/NĐ-CP.' };
    for (const [path, text] of Object.entries(files([note, first], [noteEn, firstEn]))) writeFileSync(join(dir, path), text);
    r = astroBuild(dir);
    expect(r.status, r.output.slice(-2000)).toBe(0);

    for (const [lang, n, pagePath, changes] of [
      ['vi', note, '/vi/van-ban/61-2018-nd-cp/', '/vi/moi-cap-nhat/'],
      ['en', noteEn, '/en/legal/61-2018-nd-cp/', '/en/recent-changes/'],
    ] as const) {
      const html = parse(readFileSync(join(dist, pagePath, 'index.html'), 'utf8'));
      expect(html.querySelector('[data-last-updated]')!.getAttribute('data-last-updated')).toBe(n.date);
      expect(html.querySelector('#change-2')!.textContent).toContain(n.note);
      expect(html.querySelector('#change-1')!.textContent).toContain(lang === 'vi' ? first.note : firstEn.note);
      const list = parse(readFileSync(join(dist, changes, 'index.html'), 'utf8'));
      expect(list.querySelector('[data-change-list] li')!.textContent).toContain(n.note);
      const feed = parseAtomFeed(readFileSync(join(dist, changes, 'atom.xml'), 'utf8'));
      expect(feed.entries![0]!.id).toBe(`https://heza.gov.vn${pagePath}#change-2`);
      expect(feed.entries![0]!.title?.value).toContain(n.note);
      expect(feed.updated).toBe('2026-11-15T00:00:00+07:00');
      expect(existsSync(join(dist, new URL(feed.entries![0]!.links![0]!.href!).pathname, 'index.html'))).toBe(true);
    }
    const api = JSON.parse(readFileSync(join(dist, 'api', 'changes.json'), 'utf8'));
    expect(api.items[0]).toMatchObject({ collection: 'legal', id: '61-2018-nd-cp', seq: 2, date: '2026-11-15', note: { vi: note.note, en: noteEn.note } });

    // Only what shows the note changed, and the sitemap, whose <lastmod> for the page is the note's date;
    // every other page kept its bytes (caches and incremental deploys hold).
    const c = outputs(dist);
    const changed = [...c.keys()].filter((k) => a.get(k) !== c.get(k)).sort();
    expect(changed).toContain('/vi/van-ban/61-2018-nd-cp/index.html');
    const touched = /^\/(vi\/van-ban\/61-2018-nd-cp|en\/legal\/61-2018-nd-cp|vi\/moi-cap-nhat|en\/recent-changes|api\/(changes|legal)\.|sitemap\.xml$)/;
    expect(changed.filter((k) => !touched.test(k)), 'pages that changed though the note is not on them').toEqual([]);
    expect(c.get('/sitemap.xml')).toMatch(/<loc>https:\/\/heza\.gov\.vn\/vi\/van-ban\/61-2018-nd-cp\/<\/loc>[^]*?<lastmod>2026-11-15<\/lastmod>/);
  }, 900_000);
});
