/**
 * The CMS in the built site: /admin carries Decap's browser build, published by the site itself
 * (nothing from a CDN), and our bundled part; its configuration is served at /admin/config.yml, and
 * no public page loads any of the CMS's JavaScript.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, root } from '../helpers/paths.ts';
import { htmlPages, page } from '../helpers/dist.ts';
import { decapBundle } from '../../src/cms/decapBundle.ts';
import { cmsConfigYaml } from '../../src/cms/config.ts';
import { t } from '../../src/i18n/ui.ts';

const admin = page('/admin/');
const adminScripts = admin.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
const decapHref = admin.querySelector('link[data-decap-app]')?.getAttribute('href') ?? '';
const decap = decapBundle();

describe('/admin', () => {
  it('loads the CMS from the site itself, never from another host', () => {
    expect(adminScripts.length).toBeGreaterThan(0);
    for (const src of adminScripts) expect(src, src).toMatch(/^\/_astro\//);
    const ours = adminScripts.map((src) => readFileSync(join(distDir, src), 'utf8')).join('\n');
    // Our part finds Decap through the page's link and registers the formats and the preview.
    expect(ours).toContain('data-decap-app');
    expect(ours).toContain('registerPreviewTemplate');
    expect(decapHref).toBe(`/admin/decap/${decap.version}/decap-cms-app.js`);
    expect(readFileSync(join(distDir, decapHref), 'utf8')).toContain('DecapCmsApp');
    expect(admin.querySelectorAll('link[href^="http"], script[src^="http"], link[href^="//"], script[src^="//"]')).toEqual([]);
  });

  it('publishes every file of Decap’s browser build (chunks, wasm, licences), and no source maps', () => {
    const published = readdirSync(join(distDir, 'admin', 'decap', decap.version)).filter((f) => !/\.(gz|br)$/.test(f));
    expect(published.sort()).toEqual(decap.files);
    expect(published).toContain('decap-cms-app.js.LICENSE.txt');
    expect(published.some((f) => f.endsWith('.wasm'))).toBe(true);
    expect(published.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of decap.files) expect(existsSync(join(decap.dir, f)), f).toBe(true);
  });

  it('is kept out of search engines and says what it is while loading', () => {
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(admin.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(admin.querySelector('[role="status"]')?.text.trim()).toBe(t('vi', 'cms.loading'));
  });

  // This build's setting; the other (a GitLab backend set at build time) is checked by tests/content/register.test.ts.
  it('serves the effective configuration at /admin/config.yml (the committed one when no CMS_* variable is set)', () => {
    const served = readFileSync(join(distDir, 'admin', 'config.yml'), 'utf8');
    expect(served).toBe(cmsConfigYaml(process.env));
    expect(served === readFileSync(join(root, 'admin', 'config.yml'), 'utf8')).toBe(!process.env.CMS_BACKEND);
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
      for (const src of srcs) expect(src, `${url} loads ${src}`).not.toMatch(/^\/admin\//);
      expect(doc.querySelectorAll('link[href^="/admin/"]'), url).toEqual([]);
      const modules = doc.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!);
      for (const href of modules) expect(adminScripts, `${url} preloads ${href}`).not.toContain(href);
    }
  });
});
