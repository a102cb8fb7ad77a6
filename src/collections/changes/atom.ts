/**
 * An Atom 1.0 feed (RFC 4287) of change-log items. Every date in it comes from the content (a feed's
 * <updated> is its newest entry), never from the clock, so an unchanged register gives the same bytes.
 */
import { escapeXml } from '../../outputs/xml.ts';

export interface AtomEntry {
  /** A permanent IRI: the note's URL on its page. */
  id: string;
  title: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  category?: { term: string; label: string };
}

export interface AtomFeedInput {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own absolute URL. */
  self: string;
  /** The HTML page that lists the same entries. */
  alternate: string;
  /** BCP 47 language of the feed's text. */
  lang: string;
  author: string;
  entries: AtomEntry[];
}

/** A calendar date as an Atom date-time: the start of the day in Việt Nam. */
export const atomDate = (date: string) => `${date}T00:00:00+07:00`;

// An empty feed still needs <updated>: a fixed date, not the build's, keeps the bytes stable.
const NO_ENTRIES = '2026-01-01';

export function atomFeed(f: AtomFeedInput): string {
  const updated = f.entries.reduce((max, e) => (e.date > max ? e.date : max), f.entries[0]?.date ?? NO_ENTRIES);
  const entries = f.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <updated>${atomDate(e.date)}</updated>`,
      `    <published>${atomDate(e.date)}</published>`,
      e.category ? `    <category term="${escapeXml(e.category.term)}" label="${escapeXml(e.category.label)}"/>` : '',
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(f.lang)}">`,
    `  <id>${escapeXml(f.id)}</id>`,
    `  <title>${escapeXml(f.title)}</title>`,
    `  <subtitle>${escapeXml(f.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(f.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(f.alternate)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${escapeXml(f.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
