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

// Patterns have no multiline flag: Decap matches each at the start of a block (the rest of the body,
// then the block alone), and a pattern with `m` matching further down made it skip every other
// component at that block (its console warns "must not use the multiline flag").

/** "Lưu ý": a highlighted note, stored as a block quote that starts with a bold heading. */
export const note: EditorComponentOptions = {
  id: 'note',
  label: 'Khung lưu ý',
  fields: [
    { name: 'heading', label: 'Tiêu đề (ví dụ: Lưu ý / Note)', widget: 'string' },
    { name: 'text', label: 'Nội dung', widget: 'text' },
  ],
  pattern: /^> \*\*([^*\n]+)\*\*\n>\n((?:>.*(?:\n|$))+)/,
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

/** Splits a table row "| a | b \| c |" into its cells ("a", "b | c"). */
function cellsOf(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

const escapeCell = (c: string) => c.trim().replace(/\|/g, '\\|');

/**
 * "Bảng": a table, stored as a Markdown (GFM) table, the site shows it as an HTML table. The editor
 * writes one row per line with the cells separated by "|"; the first line is the heading row. A table
 * pasted from Word or a web page becomes one of these (admin/paste.ts).
 */
export const table: EditorComponentOptions = {
  id: 'table',
  label: 'Bảng',
  fields: [
    {
      name: 'rows',
      label: 'Các dòng của bảng (dòng đầu là tiêu đề; mỗi dòng một hàng, các ô cách nhau bằng dấu |)',
      widget: 'text',
      default: 'Cột 1 | Cột 2\nÔ 1 | Ô 2',
    } as { name: string; label: string; widget: string },
  ],
  pattern: /^(\|[^\n]*\|[ \t]*\n\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|[ \t]*(?:\n\|[^\n]*\|[ \t]*)*)$/,
  fromBlock(match: RegExpMatchArray) {
    const lines = (match[1] ?? '').split('\n').filter((l, i) => i !== 1 && l.trim() !== '');
    return { rows: lines.map((l) => cellsOf(l).join(' | ')).join('\n') };
  },
  toBlock(data: { rows?: string }) {
    const rows = (data.rows ?? '')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|')));
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((r) => r.length));
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
    const [head, ...body] = rows;
    return [line(head!), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
  },
  toPreview(data: { rows?: string }) {
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const rows = (data.rows ?? '').split('\n').filter((l) => l.trim() !== '').map((l) => l.split('|').map((c) => esc(c.trim())));
    const [head = [], ...body] = rows;
    return `<table><thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${body
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  },
};
