/**
 * A Sätteri hast plugin that gives headings in content ASCII ids ("#muc-dich-yeu-cau" rather than
 * "#mục-đích-yêu-cầu"). It runs before Astro's own heading-id step, which keeps an id already set.
 */
import { defineHastPlugin } from 'satteri';
import { uniqueSlugger } from '../lib/asciiSlug.ts';

export const asciiHeadingIds = () => {
  const slug = uniqueSlugger();
  return defineHastPlugin({
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  });
};
