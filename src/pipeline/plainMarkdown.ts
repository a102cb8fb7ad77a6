/**
 * When an .mdx body can be rendered as plain Markdown with exactly the HTML that MDX would give.
 * MDX turns the body into JSX that Astro serialises itself (<br/>, style="a:b", "&#39;"…), while the
 * Markdown renderer writes <br>, style="a: b", bare quotes. So a body takes the Markdown path only when
 * its source has nothing MDX reads differently and its HTML has nothing the two write differently;
 * everything else is compiled by MDX as before.
 */

/**
 * No JSX or HTML (<), no expressions ({ }), no indented lines (MDX has no indented code), no images
 * (MDX hands them to astro:assets).
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]/.test(body) && !/^(?: {4}|\t)/m.test(body) && !body.includes('![');
}

// Elements and attributes that both serialise the same way; anything else falls back to MDX.
const SAME_TAG = /^<\/?(?:p|h[1-6]|ul|ol|li|strong|em|del|code|blockquote|table|thead|tbody|tr|th|td|a)(?: (?:id|href|title|start)="[^"<>]*")*>$/;

/** True when Markdown's HTML is byte for byte what MDX would have written. */
export function sameAsMdx(html: string): boolean {
  const tags = html.match(/<[^>]*>/g) ?? [];
  if (!tags.every((t) => SAME_TAG.test(t))) return false;
  // Text is escaped differently: MDX also escapes > " and ' in text.
  // Stryker disable next-line StringLiteral: any replacement without > " or ' gives the same answer
  return !/[>"']/.test(html.replace(/<[^>]*>/g, ''));
}
