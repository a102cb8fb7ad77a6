/**
 * The CMS in the built site: /admin carries the bundled Decap (nothing from a CDN), its configuration
 * is served at /admin/config.yml, and no public page loads any of the CMS's JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, root } from '../helpers/paths.ts';
import { htmlPages, page } from '../helpers/dist.ts';

const admin = page('/admin/');
const adminScripts = admin.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);

describe('/admin', () => {
  it('loads the CMS from the site itself, never from another host', () => {
    expect(adminScripts.length).toBeGreaterThan(0);
    for (const src of adminScripts) expect(src, src).toMatch(/^\/_astro\//);
    const bundle = adminScripts.map((src) => readFileSync(join(distDir, src), 'utf8')).join('\n');
    expect(bundle).toContain('decap-cms');
    expect(admin.querySelectorAll('link[href^="http"], script[src^="http"]')).toEqual([]);
  });

  it('is kept out of search engines and says what it is while loading', () => {
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(admin.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(admin.querySelector('[role="status"]')?.text.trim()).toBeTruthy();
  });

  it('serves the effective configuration at /admin/config.yml (the committed one when no CMS_* variable is set)', () => {
    const served = readFileSync(join(distDir, 'admin', 'config.yml'), 'utf8');
    if (!process.env.CMS_BACKEND) expect(served).toBe(readFileSync(join(root, 'admin', 'config.yml'), 'utf8'));
    expect(served).toContain('collections:');
  });
});

describe('public pages', () => {
  it('load none of the CMS JavaScript', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const { url } of pages) {
      const doc = page(url);
      const srcs = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
      for (const src of srcs) expect(adminScripts, `${url} loads ${src}`).not.toContain(src);
      const modules = doc.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!);
      for (const href of modules) expect(adminScripts, `${url} preloads ${href}`).not.toContain(href);
    }
  });
});
