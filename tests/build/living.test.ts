/**
 * The living register in dist/: pages say when their content last changed (never when the site was built),
 * every change note is on its page, on the recent-changes pages, in the Atom feeds (read back with an
 * independent parser, feedsmith) and in /api/changes.json (validated against its published JSON Schema).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseAtomFeed } from 'feedsmith';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';
import { formatDate } from '../../src/lib/formatDate.ts';
import { langs, type Lang } from '../../src/i18n/locales.ts';
import { changeCollections, changesFeedUrl, changesUrl, pageUrl, updatesAnchor, type ChangeCollection } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/ui.ts';
import { distDir, root } from '../helpers/paths.ts';
import { exists, fileOf, htmlPages, page } from '../helpers/dist.ts';

type Note = { date: string; note: string };
const entries = runContentGate(root).entries.filter((e): e is typeof e & { collection: ChangeCollection } => (changeCollections as readonly string[]).includes(e.collection));
const notesOf = (e: (typeof entries)[number]) => e.data.changes as Note[];
const urlOf = (e: (typeof entries)[number]) => pageUrl(e.lang, e.collection, e.slug);
const local = (href: string) => new URL(href).pathname;
const feeds = langs.flatMap((lang) => [undefined, ...changeCollections].map((collection) => ({ lang, collection, url: changesFeedUrl(lang, collection) })));
const expectedNotes = (lang: Lang, collection?: ChangeCollection) =>
  entries.filter((e) => e.lang === lang && (!collection || e.collection === collection)).reduce((n, e) => n + notesOf(e).length, 0);

describe('no page carries the build time', () => {
  const builtAt = JSON.parse(readFileSync(join(distDir, 'build.json'), 'utf8')).builtAt as string;

  it('/build.json holds the build time, and it is the only place', () => {
    expect(new Date(builtAt).toISOString()).toBe(builtAt);
    for (const { url, file } of htmlPages()) {
      const html = readFileSync(file, 'utf8');
      expect(html, url).not.toContain(builtAt);
      expect(html, url).not.toContain(builtAt.slice(0, 16));
      expect(html.includes('site-footer__meta'), url).toBe(false);
    }
  });

  it.each(entries.map((e) => [urlOf(e), e] as const))('%s shows its last change from its newest note, and all its notes', (url, e) => {
    const html = page(url);
    const notes = notesOf(e);
    const last = html.querySelector('[data-last-updated]')!;
    expect(last.getAttribute('data-last-updated')).toBe(notes[0]!.date);
    expect(last.textContent).toContain(`${t(e.lang, 'updated.label')}: ${formatDate(notes[0]!.date, e.lang)}`);
    expect(last.querySelector('a')!.getAttribute('href')).toBe(`#${updatesAnchor[e.lang]}`);
    const history = html.querySelector('[data-update-history]')!;
    expect(history.querySelector(`#${updatesAnchor[e.lang]}`)!.textContent).toBe(t(e.lang, 'updated.history'));
    const items = history.querySelectorAll('li');
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(notes.map((n) => n.date));
    expect(items.map((li) => li.querySelector('.update-history__note')!.textContent)).toEqual(notes.map((n) => n.note));
    expect(items.map((li) => li.id)).toEqual(notes.map((_, i) => `change-${notes.length - i}`));
  });

  it('pages without dated content show no date', () => {
    for (const lang of langs) {
      for (const url of [pageUrl(lang, 'home'), pageUrl(lang, 'legal'), pageUrl(lang, 'procedures'), pageUrl(lang, 'search'), changesUrl(lang)]) {
        expect(page(url).querySelector('[data-last-updated]'), url).toBeNull();
      }
    }
  });
});

describe('the recent-changes pages', () => {
  it.each(langs.flatMap((lang) => [undefined, ...changeCollections].map((c) => [changesUrl(lang, c), lang, c] as const)))('%s lists every note of its scope, newest first, each linking to it on its page', (url, lang, collection) => {
    const html = page(url);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(lang);
    expect(html.querySelector('h1')!.textContent).toBe(t(lang, collection ? `changes.title.${collection}` : 'changes.title'));
    const items = html.querySelectorAll('[data-change-list] > li');
    expect(items).toHaveLength(expectedNotes(lang, collection));
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const li of items) {
      const href = li.querySelector('.change-list__title a')!.getAttribute('href')!;
      expect(exists(href), href).toBe(true);
      const [path, anchor] = href.split('#');
      expect(page(path!).querySelector(`#${anchor}`), href).not.toBeNull();
      if (collection) expect(li.getAttribute('data-collection')).toBe(collection);
    }
    // The filter is a set of pre-rendered links; the current one is marked.
    const current = html.querySelectorAll('.change-filter a[aria-current="page"]');
    expect(current.map((a) => a.getAttribute('href'))).toEqual([url]);
    expect(html.querySelector(`link[rel="alternate"][type="application/atom+xml"][href="${changesFeedUrl(lang, collection)}"]`)).not.toBeNull();
  });
});

describe('the change feeds', () => {
  it.each(feeds.map((f) => [f.url, f] as const))('%s is Atom (read by feedsmith), one entry per note, linking to pages that exist', (url, f) => {
    const xml = readFileSync(fileOf(url), 'utf8');
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBeTruthy();
    expect(feed.title?.value).toBeTruthy();
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toMatch(new RegExp(`${url.replace(/[.]/g, '\\.')}$`));
    expect(feed.entries).toHaveLength(expectedNotes(f.lang, f.collection));
    const newest = feed.entries!.map((e) => e.updated!).sort().at(-1);
    expect(feed.updated).toBe(newest);
    const ids = new Set<string>();
    for (const e of feed.entries!) {
      expect(e.id && e.title?.value && e.updated).toBeTruthy();
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
      ids.add(e.id!);
      const link = e.links!.find((l) => l.rel === 'alternate')!.href!;
      expect(exists(local(link)), link).toBe(true);
      expect(local(link).startsWith(`/${f.lang}/`)).toBe(true);
    }
    expect(ids.size).toBe(feed.entries!.length);
  });

  it.each(langs.flatMap((lang) => changeCollections.map((c) => [lang, c] as const)))('the %s %s list links its feed in the head and visibly', (lang, collection) => {
    const html = page(pageUrl(lang, collection));
    const feed = changesFeedUrl(lang, collection);
    expect(html.querySelector(`head link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`)).not.toBeNull();
    const visible = html.querySelector(`[data-follow-changes="${collection}"]`)!;
    expect(visible.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([changesUrl(lang, collection), feed]);
  });
});

describe('/api/changes.json', () => {
  const data = JSON.parse(readFileSync(join(distDir, 'api', 'changes.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(join(distDir, 'api', 'changes.schema.json'), 'utf8'));

  it('validates against its published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uri', (v: string) => URL.canParse(v));
    ajv.addFormat('date', (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v));
    const ok = ajv.validate(schema, data);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has one item per note, newest first, in both languages, linking to the notes on their pages', () => {
    const vi = expectedNotes('vi');
    expect(data.count).toBe(data.items.length);
    expect(data.items.length).toBeGreaterThanOrEqual(vi);
    const dates = data.items.map((i: { date: string }) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of data.items as { collection: ChangeCollection; id: string; seq: number; date: string; note: Record<Lang, string | null>; url: Record<Lang, string | null> }[]) {
      for (const lang of langs) {
        const e = entries.find((x) => x.lang === lang && x.collection === item.collection && x.slug === item.id);
        if (!e) {
          expect(item.note[lang]).toBeNull();
          continue;
        }
        const notes = notesOf(e);
        const note = notes[notes.length - item.seq]!;
        expect(note).toEqual({ date: item.date, note: item.note[lang] });
        expect(local(item.url[lang]!) + new URL(item.url[lang]!).hash).toBe(`${urlOf(e)}#change-${item.seq}`);
      }
    }
  });
});

describe('the library shows status at a glance', () => {
  it.each(langs)('%s: "in force only" is a pre-rendered page linked from the library; the default stays all', (lang) => {
    const library = page(pageUrl(lang, 'legal'));
    const inForce = library.querySelector('[data-in-force-only]')!;
    expect(inForce.getAttribute('aria-current')).toBeUndefined();
    expect(library.querySelector('.view-switch a[aria-current="page"]')!.getAttribute('href')).toBe(pageUrl(lang, 'legal'));
    const href = inForce.getAttribute('href')!;
    expect(exists(href)).toBe(true);
    const filtered = page(href);
    expect(filtered.querySelector('[data-in-force-only]')!.getAttribute('aria-current')).toBe('page');
    // Every document listed there carries the in-force badge.
    const badges = filtered.querySelectorAll('.doc-list .badge');
    for (const b of badges) expect(b.classList.contains('badge--in-force')).toBe(true);
    // Every list item of the library has a status badge.
    const items = library.querySelectorAll('.doc-list > li');
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) expect(li.querySelector('.badge')).not.toBeNull();
  });
});

it('the dist/ under test exists', () => {
  expect(existsSync(join(distDir, 'vi', 'index.html'))).toBe(true);
});
