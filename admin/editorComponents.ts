/**
 * Components an editor may insert into a body, besides Decap's built-in image. Each is stored as
 * plain Markdown (no MDX component), so the body stays text and renders with the site's own styles.
 */
import type { EditorComponentOptions } from 'decap-cms-core';

const quoteLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => (l.trim() ? `> ${l}` : '>'))
    .join('\n');

/** "Lưu ý": a highlighted note, stored as a block quote that starts with a bold heading. */
export const note: EditorComponentOptions = {
  id: 'note',
  label: 'Khung lưu ý',
  fields: [
    { name: 'heading', label: 'Tiêu đề (ví dụ: Lưu ý / Note)', widget: 'string' },
    { name: 'text', label: 'Nội dung', widget: 'text' },
  ],
  pattern: /^> \*\*([^*\n]+)\*\*\n>\n((?:>.*(?:\n|$))+)/m,
  fromBlock(match: RegExpMatchArray) {
    const text = (match[2] ?? '')
      .split('\n')
      .map((l) => l.replace(/^> ?/, ''))
      .join('\n')
      .trim();
    return { heading: match[1] ?? '', text };
  },
  toBlock(data: { heading?: string; text?: string }) {
    return `> **${(data.heading ?? '').trim() || 'Lưu ý'}**\n>\n${quoteLines(data.text ?? '')}`;
  },
  toPreview(data: { heading?: string; text?: string }) {
    return `<blockquote><p><strong>${data.heading ?? ''}</strong></p><p>${data.text ?? ''}</p></blockquote>`;
  },
};
