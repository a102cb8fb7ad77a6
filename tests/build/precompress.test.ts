/**
 * scripts/precompress.mjs: every text file of 512 bytes or more gets a .gz and a .br that decompress to
 * its bytes; the same bytes are never compressed twice (the cache in .astro/precompress/ is reused by the
 * next build, on another folder too); a changed file is compressed again; stale copies and cache entries
 * go away.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { precompress, qualityFor } from '../../scripts/precompress.mjs';

const page = (n: number) => `<!doctype html><html lang="vi"><body>${`<p>Trang ${n}: thủ tục hành chính một cửa liên thông.</p>`.repeat(40)}</body></html>`;

function site(dir: string, pages: number) {
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(dir, 'vi', `p${i}`), { recursive: true });
    writeFileSync(join(dir, 'vi', `p${i}`, 'index.html'), page(i));
  }
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(join(dir, '_astro', 'app.css'), 'body { color: #0b0c0c; }\n'.repeat(60));
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n'); // under 512 bytes: left alone
  writeFileSync(join(dir, 'logo.png'), Buffer.alloc(2048, 1)); // not text: left alone
}

describe('precompress', () => {
  it('writes .gz and .br that decompress to the file, and reuses them on the next build', async () => {
    const cacheDir = join(tempDir('heza-precompress-cache-'), 'cache');
    const a = tempDir('heza-precompress-a-');
    site(a, 120);
    const first = await precompress(a, { cacheDir });
    expect(first.files).toBe(121);
    expect(first.misses).toBe(242);
    expect(first.hits).toBe(0);
    const html = readFileSync(join(a, 'vi', 'p7', 'index.html'));
    expect(gunzipSync(readFileSync(join(a, 'vi', 'p7', 'index.html.gz')))).toEqual(html);
    expect(brotliDecompressSync(readFileSync(join(a, 'vi', 'p7', 'index.html.br')))).toEqual(html);
    expect(existsSync(join(a, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(a, 'logo.png.gz'))).toBe(false);

    // The next build (a fresh folder, as astro build empties dist/): one page changed, one removed.
    const b = tempDir('heza-precompress-b-');
    site(b, 119);
    writeFileSync(join(b, 'vi', 'p3', 'index.html'), page(1003));
    const second = await precompress(b, { cacheDir });
    expect(second.files).toBe(120);
    expect(second.misses).toBe(2); // p3's .gz and .br
    expect(second.hits).toBe(238);
    expect(second.pruned).toBe(4); // the old p3 and the removed page
    for (const name of ['p3', 'p50']) {
      const file = join(b, 'vi', name, 'index.html');
      expect(gunzipSync(readFileSync(`${file}.gz`))).toEqual(readFileSync(file));
      expect(brotliDecompressSync(readFileSync(`${file}.br`))).toEqual(readFileSync(file));
    }
    // Byte for byte what compressing without the cache gives.
    const c = tempDir('heza-precompress-c-');
    site(c, 119);
    writeFileSync(join(c, 'vi', 'p3', 'index.html'), page(1003));
    await precompress(c, { cacheDir: false });
    for (const f of ['vi/p50/index.html.gz', 'vi/p50/index.html.br', '_astro/app.css.br']) {
      expect(readFileSync(join(b, f)).equals(readFileSync(join(c, f))), f).toBe(true);
    }
    const cached = readdirSync(cacheDir).flatMap((d) => readdirSync(join(cacheDir, d)));
    expect(cached).toHaveLength(240);
  });

  it('chooses the quality by kind of file', () => {
    expect(qualityFor('vi/index.html')).toEqual({ gzip: 9, brotli: 6 });
    expect(qualityFor('_astro/app.css')).toEqual({ gzip: 9, brotli: 11 });
    expect(qualityFor('api/legal.json')).toEqual({ gzip: 9, brotli: 9 });
    expect(qualityFor('admin/decap/3.16.3/decap-cms-app.js')).toEqual({ gzip: 9, brotli: 6 });
  });
});
