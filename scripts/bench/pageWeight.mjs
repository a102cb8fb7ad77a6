// What a page downloads at load, computed from dist/ without a browser: the HTML, the stylesheets, scripts,
// module preloads, images and icon it references, and what those stylesheets reference (fonts, images), each
// counted gzip-compressed as nginx sends it (the .gz file from scripts/precompress.mjs, or gzip -9 now; images
// and fonts as they are). Used by tests/build/weight.test.ts (the budget) and scripts/bench/weight.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const binary = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.woff', '.woff2', '.ico', '.pdf']);

function fileFor(dist, path) {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

function gzipSize(file) {
  if (binary.has(extname(file))) return readFileSync(file).length;
  if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** Same-origin resources an HTML page loads at once (not links, not lazy imports). */
export function loadedResources(html) {
  const out = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'modulepreload', 'preload', 'icon'].includes(r))) out.push({ kind: rel.includes('stylesheet') ? 'css' : rel.includes('icon') ? 'icon' : 'preload', href: attr(tag, 'href') });
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src) out.push({ kind: 'js', href: src });
  }
  for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) {
    if ((attr(tag, 'loading') ?? '') !== 'lazy' && attr(tag, 'src')) out.push({ kind: 'image', href: attr(tag, 'src') });
  }
  return out.filter((r) => r.href && r.href.startsWith('/') && !r.href.startsWith('//'));
}

/** { total, byKind, files, scripts } for the page at `urlPath` (e.g. /vi/van-ban/61-2018-nd-cp/). */
export function pageWeight(dist, urlPath) {
  const htmlFile = fileFor(dist, urlPath);
  const html = readFileSync(htmlFile, 'utf8');
  const files = [{ kind: 'html', path: urlPath, bytes: gzipSize(htmlFile) }];
  const seen = new Set([urlPath]);
  const queue = loadedResources(html);
  while (queue.length) {
    const r = queue.shift();
    const path = r.href.split('#')[0].split('?')[0];
    if (seen.has(path)) continue;
    seen.add(path);
    const file = fileFor(dist, path);
    if (!existsSync(file)) {
      files.push({ kind: r.kind, path, bytes: 0, missing: true });
      continue;
    }
    files.push({ kind: r.kind, path, bytes: gzipSize(file) });
    if (extname(file) === '.css') {
      for (const m of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        const ref = new URL(m[1], `http://x${path}`);
        if (ref.host === 'x' && !m[1].startsWith('data:')) queue.push({ kind: /\.(woff2?|ttf|otf)$/.test(ref.pathname) ? 'font' : 'image', href: ref.pathname });
      }
    }
  }
  const byKind = {};
  for (const f of files) byKind[f.kind] = (byKind[f.kind] ?? 0) + f.bytes;
  return { total: files.reduce((s, f) => s + f.bytes, 0), byKind, files, scripts: files.filter((f) => f.kind === 'js' || f.kind === 'preload').map((f) => f.path) };
}
