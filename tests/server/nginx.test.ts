/**
 * The real server: Debian's nginx with the committed configuration (scripts/nginx/heza-site.conf), started
 * by scripts/serve-nginx.mjs on 127.0.0.1 as the current user, stopped by its PID. Every page kind gets the
 * headers of src/outputs/securityHeaders.ts; pre-compressed files are served; hashed assets are cached for a
 * year; each language has its 404 page; the bare root redirects to /vi/; no directory listing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { securityHeaders } from '../../src/outputs/securityHeaders.ts';
import { siteConf, siteConfPath } from '../../scripts/nginx-config.mjs';
import { startNginx, stopNginx, nginxBinary } from '../../scripts/serve-nginx.mjs';
import { distDir } from '../helpers/paths.ts';
import { page, walk } from '../helpers/dist.ts';
import { pageKinds } from '../helpers/pageKinds.ts';
import { hasChromium, launch } from '../helpers/browser.ts';

const hint = 'The nginx test needs Debian’s nginx: sudo apt-get install -y nginx';
if (!nginxBinary && process.env.CI) throw new Error(`nginx is required in CI. ${hint}`);
if (!nginxBinary) console.warn(`\n[nginx test skipped] ${hint}\n`);

interface Started {
  url: string;
  pid: number;
  prefix: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const get = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init });

describe('the committed nginx configuration', () => {
  it('is what scripts/nginx-config.mjs writes from src/outputs/securityHeaders.ts (run "npm run nginx:config")', () => {
    expect(readFileSync(siteConfPath, 'utf8')).toBe(siteConf());
  });
});

describe.skipIf(!nginxBinary)('nginx serving dist/', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startNginx({ dist: distDir });
  });
  afterAll(async () => {
    if (!s) return;
    await stopNginx(s.prefix);
    expect(alive(s.pid), `nginx ${s.pid} stopped`).toBe(false);
  });

  it('runs as the current user from its own prefix, with a pid file and logs there', () => {
    expect(alive(s.pid)).toBe(true);
    expect(existsSync(join(s.prefix, 'nginx.pid'))).toBe(true);
    expect(existsSync(join(s.prefix, 'error.log'))).toBe(true);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(pageKinds().filter((k) => k.sample !== '/').map((k) => [k.pattern, k.sample]))('%s (%s) is served with every security header', async (_p, sample) => {
    const r = await get(`${s.url}${sample}`);
    expect(r.status, sample).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    for (const [name, value] of Object.entries(securityHeaders(sample))) expect(r.headers.get(name), `${sample} ${name}`).toBe(value);
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the pre-compressed gzip file when the client accepts gzip', async () => {
    const sample = '/vi/';
    const gz = readFileSync(join(distDir, 'vi', 'index.html.gz'));
    const r = await get(`${s.url}${sample}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('vary')).toMatch(/Accept-Encoding/i);
    // fetch decodes the body: it must equal the page, and its length on the wire the .gz file's.
    expect(Number(r.headers.get('content-length'))).toBe(gz.length);
    expect(await r.text()).toBe(gunzipSync(gz).toString('utf8'));
  });

  it('caches hashed assets for a year, and sends them with the security headers', async () => {
    const asset = walk(join(distDir, '_astro')).find((f) => /\.(css|js)$/.test(f))!;
    const r = await get(`${s.url}/_astro/${asset.split('/').pop()}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('redirects the bare root to /vi/', async () => {
    const r = await get(`${s.url}/`);
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/vi/');
    expect(r.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('adds the trailing slash to a section without one, on the same host', async () => {
    const r = await get(`${s.url}/vi/van-ban`);
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/vi/van-ban/');
  });

  it.each([
    ['/en/no-such-page/', 'en'],
    ['/vi/khong-co-trang-nay/', 'vi'],
    ['/no-such-page/', 'vi'],
  ])('answers %s with 404 and the %s 404 page, with the headers', async (path, lang) => {
    const r = await get(`${s.url}${path}`);
    expect(r.status).toBe(404);
    const html = await r.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(r.headers.get('content-security-policy')).toBe(securityHeaders(path)['Content-Security-Policy']);
  });

  it.each(['/_astro/', '/pagefind/', '/vi/van-ban/loai/'])('lists no directory: %s', async (path) => {
    const r = await get(`${s.url}${path}`);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toMatch(/Index of/);
  });

  it('serves the open-data registers as JSON that other sites may read, and the OpenSearch descriptions with their type', async () => {
    const r = await get(`${s.url}/api/legal.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    for (const [name, value] of Object.entries(securityHeaders('/api/legal.json'))) expect(r.headers.get(name), name).toBe(value);
    expect((await r.json()).collection).toBe('legal');
    for (const lang of ['vi', 'en']) {
      const o = await get(`${s.url}/${lang}/opensearch.xml`);
      expect(o.status).toBe(200);
      expect(o.headers.get('content-type')).toMatch(/^application\/opensearchdescription\+xml/);
    }
    const sitemap = await get(`${s.url}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toMatch(/xml/);
    expect((await get(`${s.url}/robots.txt`)).headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('serves no dot-file', async () => {
    expect((await get(`${s.url}/.env`)).status).toBe(404);
    expect((await get(`${s.url}/.git/config`)).status).toBe(404);
  });

  it('gives /admin its own policy (Decap needs unsafe-eval) when the CMS is built', async () => {
    const admin = existsSync(join(distDir, 'admin', 'index.html'));
    const path = admin ? '/admin/' : '/admin/index.html';
    const r = await get(`${s.url}${path}`);
    if (admin) {
      expect(r.status).toBe(200);
      expect(r.headers.get('content-security-policy')).toBe(securityHeaders('/admin/')['Content-Security-Policy']);
      expect(r.headers.get('content-security-policy')).toContain("'unsafe-eval'");
      expect(r.headers.get('cache-control')).toBe('no-cache');
      // Decap's browser build sits in a folder named after its version: cached for a year, same policy.
      const decap = page('/admin/').querySelector('link[data-decap-app]')!.getAttribute('href')!;
      const d = await get(`${s.url}${decap}`);
      expect(d.status).toBe(200);
      expect(d.headers.get('cache-control')).toContain('immutable');
      expect(d.headers.get('content-type')).toMatch(/javascript/);
      expect(d.headers.get('content-security-policy')).toBe(securityHeaders('/admin/')['Content-Security-Policy']);
    } else {
      expect(r.status).toBe(404);
    }
  });

  it.skipIf(!hasChromium)('loads the home pages and a sample of each kind in Chromium without a CSP violation', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const reports: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') reports.push(m.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
      });
      for (const k of pageKinds().filter((k) => k.sample !== '/' && !k.sample.endsWith('.html'))) {
        const r = await page.goto(`${s.url}${k.sample}`);
        expect(r!.status(), k.sample).toBe(200);
      }
      expect(reports).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!nginxBinary)('nginx serving a site inside a folder only its owner can enter', () => {
  // A clone in /root or in a folder made by mktemp -d (mode 0700): nginx started as root would run its
  // workers as another user, who cannot enter the folder, and answer 404 to every page.
  let dir: string;
  let s: Started | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(process.env.HEZA_TEST_TMP ?? tmpdir(), 'private-'));
    chmodSync(dir, 0o700);
    cpSync(join(distDir, 'vi'), join(dir, 'dist', 'vi'), { recursive: true });
    cpSync(join(distDir, '_astro'), join(dir, 'dist', '_astro'), { recursive: true });
  });
  afterAll(async () => {
    if (s) await stopNginx(s.prefix);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves every page from a 0700 folder, as whoever runs it (root included)', async () => {
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    s = await startNginx({ dist: join(dir, 'dist') });
    for (const path of ['/vi/', '/vi/van-ban/', '/vi/tim-kiem/']) {
      const r = await get(`${s.url}${path}`);
      expect(r.status, path).toBe(200);
    }
  });

  it('does not claim to serve a site whose pages it cannot answer: it stops and says which folder', async () => {
    // vi/index.html is a folder here, so nginx answers /vi/ with an error, as it would for pages it may not read.
    const broken = join(dir, 'broken');
    cpSync(join(distDir, 'vi', 'index.html'), join(broken, 'vi', 'index.html', 'index.html'));
    const prefix = mkdtempSync(join(dir, 'prefix-'));
    await expect(startNginx({ dist: broken, prefix })).rejects.toThrow(new RegExp(`answers \\d+ for /vi/ of ${broken}`));
    expect(existsSync(join(prefix, 'nginx.pid')), 'stopped again').toBe(false);
  });
});
