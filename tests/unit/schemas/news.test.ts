/**
 * A news item (src/schemas/news.ts, news.rules.ts): an image always with its alt text and alt text only
 * with an image, an update not before publication (the same day is fine), and a file name that does not
 * take a path of the news section's own pages. Both the content gate's schema and the one inside Astro
 * (where the image is processed) apply the same rules.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { newsAstroSchema, newsSchema } from '../../../src/schemas/news.ts';
import { newsRules } from '../../../src/schemas/news.rules.ts';
import type { GateEntry } from '../../../src/schemas/problems.ts';

const item = (data: Record<string, unknown> = {}) => ({
  title: 'Nhắc hạn báo cáo quý I năm 2024',
  summary: 'Các phòng gửi báo cáo trước ngày 03/3/2024.',
  published: '2024-02-26',
  tags: ['bao-cao'],
  sample: true,
  ...data,
});

const complaints = (schema: z.ZodType, data: Record<string, unknown>) => {
  const r = schema.safeParse(item(data));
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('news item', () => {
  it('accepts an item without an image, and one with an image and its description', () => {
    expect(complaints(newsSchema, {})).toEqual([]);
    expect(complaints(newsSchema, { image: '../images/mot-cua.png', imageAlt: 'Quầy tiếp nhận hồ sơ của Bộ phận một cửa.' })).toEqual([]);
  });

  it('refuses an image without alt text, and alt text without an image', () => {
    expect(complaints(newsSchema, { image: '../images/mot-cua.png' })).toEqual([['imageAlt', 'an image needs alt text describing it (Mô tả ảnh)']]);
    expect(complaints(newsSchema, { imageAlt: 'Quầy tiếp nhận hồ sơ.' })).toEqual([['image', 'alt text is given but there is no image']]);
  });

  it('accepts an update on the day of publication or later, and refuses one the day before', () => {
    expect(complaints(newsSchema, { updated: '2024-02-26' })).toEqual([]);
    expect(complaints(newsSchema, { updated: '2024-03-01' })).toEqual([]);
    expect(complaints(newsSchema, { updated: '2024-02-25' })).toEqual([['updated', 'the update 2024-02-25 is before publication 2024-02-26']]);
  });

  it('inside Astro takes the processed image in place of the path, with the same rules', () => {
    const astro = newsAstroSchema({ image: () => z.object({ src: z.string(), width: z.number() }) });
    const image = { src: '/_astro/mot-cua.hash.png', width: 1200 };
    expect(complaints(astro, { image, imageAlt: 'Quầy tiếp nhận hồ sơ.' })).toEqual([]);
    expect(complaints(astro, { image })).toEqual([['imageAlt', 'an image needs alt text describing it (Mô tả ảnh)']]);
    expect(complaints(astro, { updated: '2024-02-25', sample: 'có' }).map(([field]) => field)).toEqual(['sample']);
    expect(complaints(astro, { subtitle: 'x' })).toEqual([['', 'Unrecognized key: "subtitle"']]);
  });
});

describe('news rules', () => {
  const entry = (slug: string): GateEntry => ({ collection: 'news', lang: 'vi', slug, file: `content/news/vi/${slug}.mdx`, data: item(), body: '' });

  it('refuse a file name the news section uses for its own pages, in both languages', () => {
    expect(newsRules([entry('trang'), entry('bao-cao-quy-i-2024'), entry('rss')]).map((p) => [p.file, p.message, (p as { vi?: string }).vi])).toEqual([
      ['content/news/vi/trang.mdx', 'the file name "trang" is reserved for pages of the news section; choose another', 'Tên tệp này dành cho trang của mục Tin tức; hãy đổi tên khác.'],
      ['content/news/vi/rss.mdx', 'the file name "rss" is reserved for pages of the news section; choose another', 'Tên tệp này dành cho trang của mục Tin tức; hãy đổi tên khác.'],
    ]);
  });
});
