/**
 * Pasting from Word or a web page into a body. Decap's rich-text editor keeps paragraphs, headings,
 * links and HTML lists, but flattens a table into one run-on line ("Loại phíMức thuCấp mới50.000
 * đồng…") and a Word list into paragraphs with stray bullets. When the clipboard's HTML holds a table
 * or a Word list, it is converted to Markdown by turndown with its GFM plugin (tables) instead, and
 * put where the cursor was; everything else is left to Decap.
 */
import TurndownService from 'turndown';
import { tables } from 'turndown-plugin-gfm';

/** True when Decap's own paste would lose the structure of this HTML. */
export function needsConversion(html: string): boolean {
  return /<table[\s>]/i.test(html) || /mso-list:/i.test(html);
}

/** Word writes list items as paragraphs with mso-list styles and a bullet in a hidden span. */
function wordListsToHtmlLists(doc: Document) {
  const items = Array.from(doc.querySelectorAll('p')).filter((p) => /mso-list:/i.test(p.getAttribute('style') ?? '') || /MsoListParagraph/i.test(p.className));
  let list: HTMLElement | null = null;
  let previous: Element | null = null;
  for (const p of items) {
    const marker = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
    const markerText = (marker?.textContent ?? '').trim();
    marker?.remove();
    const ordered = /^\(?[0-9a-zA-Z]{1,3}[.)]$/.test(markerText);
    if (!list || previous !== p.previousElementSibling || (list.nodeName === 'OL') !== ordered) {
      list = doc.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const li = doc.createElement('li');
    li.innerHTML = p.innerHTML;
    list.append(li);
    p.remove();
    previous = list;
  }
}

/** GFM tables need a heading row and one line per cell: Word's tables have neither. */
function tidyTables(doc: Document) {
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    for (const cell of Array.from(table.querySelectorAll('td, th'))) {
      const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
      cell.replaceChildren(doc.createTextNode(text));
    }
    const first = table.rows[0];
    if (first && !table.tHead && Array.from(first.cells).some((c) => c.nodeName === 'TD')) {
      for (const td of Array.from(first.cells)) {
        const th = doc.createElement('th');
        th.textContent = td.textContent;
        td.replaceWith(th);
      }
      const thead = doc.createElement('thead');
      thead.append(first);
      table.prepend(thead);
    }
  }
}

export function htmlToMarkdown(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('style, script, meta, title, link, xml').forEach((el) => el.remove());
  wordListsToHtmlLists(doc);
  tidyTables(doc);
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  service.use(tables);
  // Word's empty <o:p></o:p> and similar office tags carry nothing.
  service.remove((node) => /^o:/i.test(node.nodeName));
  return service
    .turndown(doc.body)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A marker typed where the cursor is, replaced by the Markdown once the editor has reported it. */
export const pasteMarker = () => `HEZAPASTE${Math.random().toString(36).slice(2, 10)}`;

/** The body with the marker replaced by the Markdown, as blocks of their own. */
export function replaceMarker(body: string, marker: string, markdown: string): string | undefined {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => l.includes(marker));
  if (at === -1) return undefined;
  const line = lines[at]!;
  const [before, after] = [line.slice(0, line.indexOf(marker)).trimEnd(), line.slice(line.indexOf(marker) + marker.length).trimStart()];
  const blocks = [before, markdown, after].filter((b) => b.trim() !== '');
  lines.splice(at, 1, blocks.join('\n\n'));
  return lines.join('\n');
}
