// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentGate from './src/pipeline/gate/integration.ts';
import decapBundle from './src/cms/integration.ts';
import { asciiHeadingIds } from './src/pipeline/asciiHeadingIds.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://heza.gov.vn',
  trailingSlash: 'always',
  outDir: process.env.HEZA_OUT_DIR || './dist',
  // Caches stay inside the project folder (not node_modules), so two checkouts never share one.
  cacheDir: './.astro/cache',
  vite: {
    cacheDir: './.astro/vite',
    // Astro marks every MDX module with its own "use astro:head-inject" directive and handles it itself;
    // the bundler's warning about it was one 8-line warning per MDX file (80,000 log lines at 10,000 pages).
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: { processor: satteri({ hastPlugins: [asciiHeadingIds] }) },
  integrations: [contentGate(), decapBundle(), mdx()],
  server: { host: '127.0.0.1' },
  // Pages whose getStaticPaths() gives a cacheKey (src/collections/legal/cacheKeys.ts) are reused from the previous
  // build when the key and their code are unchanged (Astro keeps them in .astro/cache/dist/). Keep
  // build.concurrency at 1 (the default): the cache is off otherwise.
  experimental: { incrementalBuild: true },
});
