/**
 * A small static server for a built site, on 127.0.0.1 and a free port: directory indexes, the right MIME
 * types (Pagefind needs wasm and its own files), each language's 404 page, and the same security headers as
 * production nginx (src/outputs/securityHeaders.ts), so every browser test runs under the real
 * Content-Security-Policy. `securityHeaders: false` serves without them; `gzip` compresses text as nginx's
 * "gzip on" does, and `onSend` sees every response's size (the search benchmark counts bytes with it).
 * Used by the browser tests, scripts/screenshots.mjs and the search benchmark.
 * Ours rather than `sirv` or `serve-handler`: the headers differ by path (the CMS has its own policy) and
 * a missing page gets its language's 404 page, as in nginx; with those, a library would leave little to do.
 */
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { securityHeaders } from '../../src/outputs/securityHeaders.ts';
import { feedbackEndpoint } from '../../src/outputs/feedbackEndpoint.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.yml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function fileFor(pathname: string, dir: string): Promise<string | null> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return null;
  try {
    const s = await stat(candidate);
    if (s.isDirectory()) {
      const index = join(candidate, 'index.html');
      await stat(index);
      return index;
    }
    return candidate;
  } catch {
    return null;
  }
}

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
  /** Extra response headers, e.g. a Content-Security-Policy, set per test. */
  headers: Record<string, string>;
}

export interface ServeOptions {
  securityHeaders?: boolean;
  /** Send text files (HTML, CSS, JS, JSON, SVG) gzip-compressed when the client accepts it. */
  gzip?: boolean;
  /** Called with each response's path and the bytes sent. */
  onSend?: (pathname: string, bytes: number) => void;
}

export async function serveDist(dir: string, headers: Record<string, string> = {}, options: ServeOptions = {}): Promise<StaticServer> {
  const extra = { ...headers };
  const withSecurity = options.securityHeaders ?? true;
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (withSecurity) for (const [name, value] of Object.entries(securityHeaders(url.pathname, { formTargets: [feedbackEndpoint()] }))) res.setHeader(name, value);
    const path = await fileFor(url.pathname, dir);
    if (!path) {
      const lang = url.pathname.startsWith('/en/') ? 'en' : 'vi';
      const notFound = await fileFor(`/${lang}/404/`, dir);
      res.writeHead(404, { 'content-type': types['.html']!, ...extra });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    const text = options.gzip === true && /\.(html|css|js|json|svg)$/.test(path) && /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = text ? gzipSync(await readFile(path)) : await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', ...(text ? { 'content-encoding': 'gzip' } : {}), ...extra });
    options.onSend?.(url.pathname, body.length);
    res.end(body);
  };
  const server = createServer((req, res) => {
    handler(req, res).catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    headers: extra,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
