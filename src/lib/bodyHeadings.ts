/**
 * A document's body sits under the page's "Content" heading (h2), so its own headings move down:
 * h1 and h2 become h3, h3 becomes h4, and so on. Used for MDX bodies (as components) and for bodies
 * rendered as plain Markdown (on their HTML), so both come out the same.
 */
export const bodyHeadings = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6' } as const;

/** Shifts the heading tags of HTML that the Markdown renderer wrote (not for arbitrary HTML). */
export function shiftHeadings(html: string): string {
  return html.replace(/<(\/?)(h[1-5])(?=[\s>])/g, (_, slash: string, tag: keyof typeof bodyHeadings) => `<${slash}${bodyHeadings[tag]}`);
}
