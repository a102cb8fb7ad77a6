import { describe, expect, it } from 'vitest';
import { asciiSlug, uniqueSlugger } from '../../../src/lib/asciiSlug.ts';
import { foldVietnamese } from '../../../src/search/fold.ts';

describe('asciiSlug', () => {
  it.each([
    ['Mục đích, yêu cầu', 'muc-dich-yeu-cau'],
    ['I. MỤC ĐÍCH, YÊU CẦU.', 'i-muc-dich-yeu-cau'],
    ['Nghị định 61/2018/NĐ-CP', 'nghi-dinh-61-2018-nd-cp'],
    ['Relevance to the Hải Phòng Economic Zone Authority', 'relevance-to-the-hai-phong-economic-zone-authority'],
  ])('%s → %s', (text, slug) => {
    expect(asciiSlug(text)).toBe(slug);
    expect(asciiSlug(text.normalize('NFD'))).toBe(slug);
  });

  it('folds tone marks and đ but keeps case and punctuation', () => {
    expect(foldVietnamese('Đầu tư – Một cửa')).toBe('Dau tu – Mot cua');
  });

  it('makes repeated headings unique within a document', () => {
    const slug = uniqueSlugger();
    expect([slug('Mục đích'), slug('Mục đích'), slug('Yêu cầu'), slug('Mục đích')]).toEqual(['muc-dich', 'muc-dich-1', 'yeu-cau', 'muc-dich-2']);
  });
});
