#!/usr/bin/env node
// Screenshots of built pages at phone and desktop widths, for looking at what we built.
// Usage: npm run build && npx node scripts/screenshots.mjs OUT_DIR /vi/ /en/legal/ …
// (DIST=dist-x to read another build). Serves the build on 127.0.0.1 and stops when done.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveDist } from './lib/staticServer.ts';

const [outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
const dist = resolve(process.env.DIST ?? 'dist');
const server = await serveDist(dist);
const base = server.url;
const browser = await launchChromium();
await mkdir(outDir, { recursive: true });
for (const path of paths.length ? paths : ['/vi/', '/en/']) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(base + path);
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`;
    await page.screenshot({ path: join(outDir, name), fullPage: true });
    console.log(join(outDir, name));
    await page.close();
  }
}
await browser.close();
await server.close();
