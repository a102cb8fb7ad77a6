// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentGate from './src/integrations/contentGate.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://heza.gov.vn',
  trailingSlash: 'always',
  outDir: process.env.HEZA_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [contentGate(), mdx()],
  server: { host: '127.0.0.1' },
});
