// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentGate from './src/integrations/contentGate.ts';
import { asciiHeadingIds } from './src/integrations/asciiHeadingIds.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://heza.gov.vn',
  trailingSlash: 'always',
  outDir: process.env.HEZA_OUT_DIR || './dist',
  // Caches stay inside the project folder (not node_modules), so two checkouts never share one.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: { processor: satteri({ hastPlugins: [asciiHeadingIds] }) },
  integrations: [contentGate(), mdx()],
  server: { host: '127.0.0.1' },
});
