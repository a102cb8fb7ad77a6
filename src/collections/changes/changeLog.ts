/**
 * The register's change log: every change note of the legal documents and procedure guides of one language,
 * as one list, newest first. Pure: the pages, the Atom feeds and /api/changes.json all read it, so they list
 * the same changes in the same order.
 */
import type { Lang } from '../../i18n/locales.ts';
import { pageUrl, updatesAnchor, type ChangeCollection } from '../../i18n/routes.ts';

export interface ChangeNote {
  date: string;
  note: string;
}

/** One page whose notes go into the log. */
export interface ChangeSource {
  collection: ChangeCollection;
  slug: string;
  /** How a reader names it: "Nghị định 61/2018/NĐ-CP", or a procedure's title. */
  name: string;
  title: string;
  /** Newest first, as stored. */
  changes: ChangeNote[];
}

export interface ChangeItem {
  collection: ChangeCollection;
  slug: string;
  name: string;
  title: string;
  date: string;
  note: string;
  /** 1 for the first publication, counting up: stable when newer notes are added above. */
  seq: number;
  /** The page's URL path. */
  path: string;
  /** The note on its page: path#change-<seq> */
  href: string;
}

/** The id of a note on its page (stable: counted from the first publication). */
export function changeAnchor(seq: number): string {
  return `change-${seq}`;
}

/** The date a page's content last changed: its newest note. */
export function lastChanged(changes: readonly ChangeNote[] | undefined): string | undefined {
  return changes?.[0]?.date;
}

/** Newest first; a day's notes by collection, then slug, then newest note first, so the order never depends on load order. */
export function byNewest(a: ChangeItem, b: ChangeItem): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.collection !== b.collection) return a.collection < b.collection ? -1 : 1;
  if (a.slug !== b.slug) return a.slug < b.slug ? -1 : 1;
  return b.seq - a.seq;
}

export function changeLog(lang: Lang, sources: readonly ChangeSource[]): ChangeItem[] {
  const section = { legal: 'legal', procedures: 'procedures' } as const;
  return sources
    .flatMap((s) => {
      const path = pageUrl(lang, section[s.collection], s.slug);
      return s.changes.map((c, i) => {
        const seq = s.changes.length - i;
        return { collection: s.collection, slug: s.slug, name: s.name, title: s.title, date: c.date, note: c.note, seq, path, href: `${path}#${changeAnchor(seq)}` };
      });
    })
    .sort(byNewest);
}

/** The anchor of a page's "Updates" section in a language. */
export function updatesHref(lang: Lang, path = ''): string {
  return `${path}#${updatesAnchor[lang]}`;
}
