/**
 * Makes a Markdown body, as Decap saves it, safe to compile as MDX while showing exactly what the editor
 * typed. MDX reads `{` `}` as code, `<` as the start of a component, and a line starting with
 * `import`/`export` as a module statement; an editor who types a price in braces, "a < b" or pastes
 * text from Word would otherwise break the build. Each of these characters is written so that
 * Markdown shows it literally:
 *
 *   {  →  \{        }  →  \}        <  →  &lt;        import/export at a line start → &#105;mport / &#101;xport
 *
 * `<` becomes a character reference rather than `\<` so that the content gate's body rules (no
 * `<script`, no event handlers) also read it as text. Code spans and fenced code blocks are left as
 * they are: MDX shows them literally already. The function is idempotent: a safe body comes back
 * unchanged, so saving an entry twice changes nothing.
 */

const ESCAPED_BRACE: Record<string, string> = { '{': '\\{', '}': '\\}' };

function escapeInline(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '`') {
      // A code span: a run of backticks closed by a run of the same length on the same line.
      let run = 1;
      while (line[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      let close = line.indexOf(fence, i + run);
      while (close !== -1 && line[close + run] === '`') {
        let end = close;
        while (line[end] === '`') end++;
        close = line.indexOf(fence, end);
      }
      if (close === -1) {
        out += fence;
        i += run;
        continue;
      }
      out += line.slice(i, close + run);
      i = close + run;
      continue;
    }
    if (ch === '\\') {
      const next = line[i + 1];
      if (next === '<') {
        out += '&lt;';
        i += 2;
        continue;
      }
      // An escape already in place (\{, \*, \\…) stays as it is.
      out += next === undefined ? ch : ch + next;
      i += next === undefined ? 1 : 2;
      continue;
    }
    if (ch === '{' || ch === '}') out += ESCAPED_BRACE[ch];
    else if (ch === '<') out += '&lt;';
    else out += ch;
    i++;
  }
  return out;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ESM_START = /^(\s*)(import|export)\b/;

/** Applies `change` to every line outside fenced code blocks (which are left exactly as they are). */
function outsideFences(lines: string[], change: (line: string) => string): string {
  let fence: string | null = null;
  return lines
    .map((line) => {
      const m = FENCE.exec(line);
      if (fence !== null) {
        if (m?.[1] && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
        return line;
      }
      if (m?.[1]) {
        fence = m[1];
        return line;
      }
      return change(line);
    })
    .join('\n');
}

export function mdxSafe(markdown: string): string {
  return outsideFences(markdown.replace(/\r\n?/g, '\n').normalize('NFC').split('\n'), (line) => {
    const esm = ESM_START.exec(line);
    const safeStart = esm ? `${esm[1]}&#${esm[2]!.charCodeAt(0)};${line.slice(esm[1]!.length + 1)}` : line;
    return escapeInline(safeStart);
  });
}

/**
 * The body as the CMS editor shows it: the reverse of `mdxSafe` for what Decap's editor would show
 * literally (it does not decode character references), so that "a < b" reopens as "a < b", not
 * "a &lt; b". `&lt;` becomes the Markdown escape `\<` (text "<", never the start of a tag) and a line
 * start `&#105;mport`/`&#101;xport` becomes the word again; `mdxSafe` turns both back on saving, so
 * mdxSafe(forEditor(safe)) === safe. Code is left as it is.
 */
export function forEditor(markdown: string): string {
  return outsideFences(markdown.split('\n'), (line) => {
    const start = line.replace(/^(\s*)&#(?:105;(?=mport\b)|101;(?=xport\b))/, (all, space: string) => `${space}${all.includes('105') ? 'i' : 'e'}`);
    // Outside code spans only.
    return start
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replaceAll('&lt;', '\\<')))
      .join('');
  });
}
