/**
 * Rules of the news section: a news item's file name must not take a path segment of the section's own pages.
 */
import type { Rule } from './problems.ts';

/** Path segments of the news section that a news slug must not take (pagination and tag pages). */
export const reservedNewsSlugs = ['trang', 'page', 'chu-de', 'tag', 'rss'];

export const newsRules: Rule = (entries) =>
  entries
    .filter((e) => reservedNewsSlugs.includes(e.slug))
    .map((e) => ({ file: e.file, message: `the file name "${e.slug}" is reserved for pages of the news section; choose another`, vi: 'Tên tệp này dành cho trang của mục Tin tức; hãy đổi tên khác.' }));

