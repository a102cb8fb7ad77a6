#!/usr/bin/env node
// Page-weight benchmark: serves dist/ with the production nginx configuration (gzip_static), loads every
// legal-document page and one page of every other kind in Chromium, and records what each downloads at load
// (bytes on the wire per response body, gzip as sent, plus headers), how many requests, and any JavaScript.
// Writes docs/bench/weight.json. Budget: a legal-document page ≤ 60 KB gzip in all, no JS at load.
//
//   npm run build && npm run bench:weight        (exported as benchWeight() for scripts/bench.mjs)
//
// Without nginx it falls back to the figures computed from dist/ (scripts/bench/pageWeight.mjs) and says so.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchChromium } from '../lib/chromium.ts';
import { pageWeight } from './pageWeight.mjs';
import { median } from './measure.mjs';
import { startNginx, stopNginx, nginxBinary } from '../serve-nginx.mjs';
import { pageKinds } from '../lib/pageKinds.ts';
import { htmlPages } from '../lib/files.ts';
import { langs } from '../../src/i18n/locales.ts';
import { pageUrl } from '../../src/i18n/routes.ts';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
export const budgetBytes = 60 * 1024;

/** Median in whole bytes or milliseconds; 0 for no values. */
const wholeMedian = (xs) => (xs.length ? Math.round(median(xs)) : 0);

async function measure(browser, base, path) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', (req) => responses.push(req));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const rows = [];
  for (const req of responses) {
    const sizes = await req.sizes();
    const res = await req.response();
    rows.push({ url: new URL(req.url()).pathname, type: req.resourceType(), status: res?.status(), encoding: (await res?.headerValue('content-encoding')) ?? null, body: sizes.responseBodySize, headers: sizes.responseHeadersSize });
  }
  await context.close();
  const byType = {};
  for (const r of rows) byType[r.type] = (byType[r.type] ?? 0) + r.body;
  return {
    transferBytes: rows.reduce((s, r) => s + r.body, 0),
    headerBytes: rows.reduce((s, r) => s + r.headers, 0),
    requests: rows.length,
    byType,
    scripts: rows.filter((r) => r.type === 'script').map((r) => r.url),
    responses: rows,
  };
}

export async function benchWeight({ dist = join(rootDir, 'dist'), out = join(rootDir, 'docs', 'bench', 'weight.json') } = {}) {
  const kinds = pageKinds(dist).filter((k) => k.sample !== '/');
  // Legal-document pages: the route /<lang>/<legal segment>/<slug>/ in each language.
  const legalRes = langs.map((l) => new RegExp(`^${pageUrl(l, 'legal', '[^/]+')}$`));
  const legalPages = htmlPages(dist).map((p) => p.url).filter((u) => legalRes.some((r) => r.test(u))).sort();
  const legalKinds = kinds.filter((k) => legalRes.some((r) => r.test(k.sample)));
  const useBrowser = Boolean(nginxBinary && chromiumPath);
  let server;
  let browser;
  const pages = [];
  try {
    if (useBrowser) {
      server = await startNginx({ dist });
      browser = await launchChromium();
    }
    const targets = [...legalPages.map((url) => ({ url, kind: legalKinds.find((k) => k.lang === (url.startsWith('/en/') ? 'en' : 'vi'))?.pattern })), ...kinds.filter((k) => !legalKinds.includes(k)).map((k) => ({ url: k.sample, kind: k.pattern }))];
    for (const t of targets) {
      const estimate = pageWeight(dist, t.url);
      const row = { url: t.url, kind: t.kind, legalDocument: legalPages.includes(t.url), staticEstimateBytes: estimate.total, staticScripts: estimate.scripts };
      if (useBrowser) {
        const m = await measure(browser, server.url, t.url);
        Object.assign(row, { transferBytes: m.transferBytes, headerBytes: m.headerBytes, requests: m.requests, byType: m.byType, scripts: m.scripts });
      }
      pages.push(row);
    }
  } finally {
    await browser?.close();
    if (server) await stopNginx(server.prefix);
  }
  const legal = pages.filter((p) => p.legalDocument);
  const figure = (p) => p.transferBytes ?? p.staticEstimateBytes;
  const worst = legal.reduce((a, b) => (figure(b) > figure(a) ? b : a), legal[0]);
  const result = {
    generatedAt: new Date().toISOString(),
    method: useBrowser
      ? 'Chromium (playwright-core) against nginx with scripts/nginx/heza-site.conf (gzip_static); bytes are response bodies as sent (gzip), summed over every request until network idle'
      : 'computed from dist/ (scripts/bench/pageWeight.mjs): gzip sizes of the HTML and of every resource it loads; nginx or Chromium was not available',
    budgetBytes,
    legalDocuments: {
      pages: legal.length,
      maxBytes: worst ? figure(worst) : 0,
      maxPage: worst?.url ?? null,
      medianBytes: wholeMedian(legal.map(figure)),
      withinBudget: legal.every((p) => figure(p) <= budgetBytes),
      javascriptAtLoad: legal.some((p) => (p.scripts ?? p.staticScripts).length > 0),
    },
    pages,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchWeight({ dist: resolve(process.env.HEZA_OUT_DIR ?? join(rootDir, 'dist')) });
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`legal-document pages: ${r.legalDocuments.pages}, largest ${kb(r.legalDocuments.maxBytes)} (${r.legalDocuments.maxPage}), median ${kb(r.legalDocuments.medianBytes)}; budget ${kb(r.budgetBytes)}: ${r.legalDocuments.withinBudget ? 'within' : 'OVER'}; JavaScript at load: ${r.legalDocuments.javascriptAtLoad ? 'yes' : 'none'}`);
  for (const p of r.pages.filter((x) => !x.legalDocument)) console.log(`  ${p.kind.padEnd(40)} ${kb(p.transferBytes ?? p.staticEstimateBytes).padStart(9)}  ${p.requests ?? '-'} requests${(p.scripts ?? p.staticScripts).length ? `, JS: ${(p.scripts ?? p.staticScripts).join(' ')}` : ''}`);
  console.log(`wrote ${join('docs', 'bench', 'weight.json')}`);
  if (!r.legalDocuments.withinBudget) process.exitCode = 1;
}
