#!/usr/bin/env node
// Search benchmark: index size, bytes downloaded and time of the first and later queries, on the built
// search page over a generated corpus of bilingual legal-document pages (default 5,000: 2,500 per
// language), in headless Chromium. Not a test: it writes docs/bench/search.json and docs/bench/search.md.
//
// Usage: npm run build && npm run bench:search      (HEZA_BENCH_PAGES=5000, HEZA_BENCH_RUNS=3)
// The generated pages carry the same Pagefind markup as real ones (src/search/pageSearchMeta.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { median } from './measure.mjs';
import { serveDist } from '../lib/staticServer.ts';
import { pageSearchMeta } from '../../src/search/pageSearchMeta.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, process.env.HEZA_OUT_DIR ?? 'dist');
const pages = Number(process.env.HEZA_BENCH_PAGES ?? 5000);
const runs = Number(process.env.HEZA_BENCH_RUNS ?? 3);
if (!existsSync(join(dist, 'vi', 'tim-kiem', 'index.html'))) {
  console.error(`${dist} has no search page: run "npm run build" first.`);
  process.exit(1);
}

// --- A deterministic corpus -------------------------------------------------------------------------
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rand() * a.length)];
const words = (lang) => {
  const dir = join(root, 'content', 'legal', lang);
  const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').split('---').slice(2).join(' ')).join(' ');
  return text.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !/^\d+$/.test(w));
};
const vocab = { vi: words('vi'), en: words('en') };
const types = [
  ['nghi-dinh', 'NĐ-CP', { vi: 'Nghị định', en: 'Decree' }, 'chinh-phu', { vi: 'Chính phủ', en: 'Government' }],
  ['quyet-dinh', 'QĐ-UBND', { vi: 'Quyết định', en: 'Decision' }, 'ubnd-tp-hai-phong', { vi: 'UBND thành phố Hải Phòng', en: 'Hải Phòng People’s Committee' }],
  ['thong-tu', 'TT-BKHĐT', { vi: 'Thông tư', en: 'Circular' }, 'khac', { vi: 'Cơ quan khác', en: 'Other body' }],
  ['chi-thi', 'CT-TTg', { vi: 'Chỉ thị', en: 'Directive' }, 'thu-tuong-chinh-phu', { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' }],
  ['ke-hoach', 'KH-BQL', { vi: 'Kế hoạch', en: 'Plan' }, 'bql-kkt-hai-phong', { vi: 'Ban Quản lý Khu kinh tế Hải Phòng', en: 'Hải Phòng Economic Zone Authority' }],
];
const statuses = [['con-hieu-luc', { vi: 'Còn hiệu lực', en: 'In force' }], ['het-hieu-luc-toan-bo', { vi: 'Hết hiệu lực toàn bộ', en: 'No longer in force' }]];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const sentence = (lang, n) => Array.from({ length: n }, () => pick(vocab[lang])).join(' ');

const perLang = Math.floor(pages / 2);
const docs = Array.from({ length: perLang }, (_, i) => {
  const [type, code, typeLabel, issuer, issuerLabel] = pick(types);
  const year = 2000 + Math.floor(rand() * 26);
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  return { i, type, typeLabel, issuer, issuerLabel, number: `${i + 1}/${year}/${code}`, date, status: pick(statuses), seed: rand() };
});

function pageHtml(d, lang) {
  seed = Math.floor(d.seed * 2147483647) + (lang === 'en' ? 7 : 0);
  const title = `${d.typeLabel[lang]} ${sentence(lang, 10)}`;
  // Every 20th page is a long full text (≈6,000 words), as a plan or a decree published whole is.
  const paragraphs = Array.from({ length: d.i % 20 === 0 ? 120 : 12 }, () => `<p>${esc(sentence(lang, 50))}.</p>`).join('\n');
  const text = `${title}\n${paragraphs}`;
  const m = pageSearchMeta({
    kind: 'document', date: d.date, dateLabel: d.date, numbers: [d.number], name: `${d.typeLabel[lang]} ${d.number}`,
    type: { value: d.type, label: d.typeLabel[lang] }, issuer: { value: d.issuer, label: d.issuerLabel[lang] },
    status: { value: d.status[0], label: d.status[1][lang] }, text,
  });
  const head = [
    ...m.filters.map(([k, v]) => `<meta data-pagefind-filter="${k}[content]" content="${esc(v)}">`),
    ...m.sort.map(([k, v]) => `<meta data-pagefind-sort="${k}[content]" content="${esc(v)}">`),
    ...m.meta.map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${esc(v)}">`),
  ].join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>\n${head}</head>
<body><nav>menu</nav><main data-pagefind-body><article><p>${esc(d.typeLabel[lang])} ${esc(d.number)}</p><h1>${esc(title)}</h1>
<table><tr><th>Số ký hiệu</th><td>${esc(d.number)}</td></tr><tr><th>Cơ quan</th><td>${esc(d.issuerLabel[lang])}</td></tr></table>
${paragraphs}</article></main></body></html>`;
}

const work = mkdtempSync(join(tmpdir(), 'search-bench-corpus-'));
const site = join(work, 'site');
try {
  cpSync(dist, site, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) });
  for (const d of docs) {
    for (const [lang, seg] of [['vi', 'van-ban'], ['en', 'legal']]) {
      const dir = join(site, lang, seg, `bench-${d.i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), pageHtml(d, lang));
    }
  }
  const t0 = performance.now();
  const pf = spawnSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', site, '--quiet'], { stdio: 'inherit' });
  if (pf.status !== 0) throw new Error('pagefind failed');
  const indexSeconds = (performance.now() - t0) / 1000;

  // --- Index size -------------------------------------------------------------------------------------
  const sizes = {};
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const kind = p.includes('/fragment/') ? 'fragments' : p.includes('/index/') ? 'word index' : p.includes('/filter/') ? 'filters' : /pf_meta$/.test(p) ? 'metadata' : /ui|component|highlight/.test(f) ? 'Pagefind UI (unused)' : 'engine (js, wasm)';
        sizes[kind] ??= { files: 0, bytes: 0 };
        sizes[kind].files++;
        sizes[kind].bytes += statSync(p).size;
      }
    }
  };
  walk(join(site, 'pagefind'));

  // --- Queries in Chromium ----------------------------------------------------------------------------
  // Text files are sent gzip-compressed, as a web server with compression on (nginx "gzip on") does;
  // Pagefind's own index, fragment and wasm files are compressed already and are sent as they are.
  let sent = 0;
  let log = [];
  const server = await serveDist(site, { 'cache-control': 'no-cache' }, {
    securityHeaders: false,
    gzip: true,
    onSend: (pathname, bytes) => {
      sent += bytes;
      log.push([pathname, bytes]);
    },
  });
  const base = server.url;
  const browser = await launchChromium();
  const sample = (k) => docs[(k * 37) % perLang];
  const plain = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  // Number queries name one generated document: the bench also records where it lands (quality at scale).
  const queriesFor = (lang, r) => {
    const seg = lang === 'vi' ? 'van-ban' : 'legal';
    const at = (d) => `/${lang}/${seg}/bench-${d.i}/`;
    const d1 = sample(3 + r), d2 = sample(11 + r), d3 = sample(19 + r), d4 = sample(29 + r);
    const [s1] = d1.number.split('/');
    const [s3, y3] = d3.number.split('/');
    const [s4, , c4] = d4.number.split('/');
    const n = [
      { q: `${lang === 'vi' ? plain(d1.typeLabel.vi) : d1.typeLabel.en.toLowerCase()} ${s1}`, expect: at(d1) },
      { q: d2.number, expect: at(d2) },
      { q: `${s3} ${y3}`, expect: at(d3) },
      { q: `${plain(c4.split('-')[0])} ${s4}`, expect: at(d4) },
    ];
    const words = lang === 'vi'
      ? ['mot cua lien thong', 'dau tu khu kinh te', 'thủ tục hành chính', 'cai cach hanh chinh nha nuoc', `kế hoạch ${y3}`, 'tuyen truyen']
      : ['one-stop shop', 'administrative reform', 'economic zone authority', `plan ${y3}`, 'public administration', 'directive responsibility'];
    return [n[0], n[1], { q: words[0] }, n[2], { q: words[1] }, { q: words[2] }, n[3], { q: words[3] }, { q: words[4] }, { q: words[5] }];
  };
  const results = [];
  const searchPath = (lang) => `/${lang}/${lang === 'vi' ? 'tim-kiem' : 'search'}/`;
  const waitFor = (page, q) =>
    page.waitForFunction((want) => {
      const el = document.querySelector('[data-search-config]');
      return el.dataset.searchState === 'done' && el.dataset.searchQuery === want;
    }, q.normalize('NFC').trim());
  const dataset = (page) => page.$eval('[data-search-config]', (el) => ({ ms: Number(el.dataset.searchMs), doneAt: Number(el.dataset.searchDoneAt), stages: JSON.parse(el.dataset.searchTimings ?? '{}'), n: document.querySelectorAll('[data-search-results] > li').length }));
  for (let r = 0; r < runs; r++) {
    for (const lang of ['vi', 'en']) {
      const [firstQ, ...laterQs] = queriesFor(lang, r);
      const rankOf = async (expect) => {
        if (!expect) return undefined;
        const urls = await page.$$eval('[data-search-results] > li a.search-result__title', (as) => as.map((a) => new URL(a.href).pathname));
        return urls.indexOf(expect) + 1;
      };
      // First query: a cold browser opens the search page with ?q= (what the header form does).
      const context = await browser.newContext();
      const page = await context.newPage();
      sent = 0;
      log = [];
      await page.goto(`${base}${searchPath(lang)}?q=${encodeURIComponent(firstQ.q)}`);
      await waitFor(page, firstQ.q);
      const f = await dataset(page);
      const byPart = {};
      for (const [u, n] of log) {
        const part = u.startsWith('/pagefind/fragment/') ? 'fragments' : u.startsWith('/pagefind/index/') ? 'word index' : u.startsWith('/pagefind/filter/') ? 'filters' : u.startsWith('/pagefind/') ? 'engine and metadata' : 'search page (HTML, CSS, JS)';
        byPart[part] = (byPart[part] ?? 0) + n;
      }
      const first = { q: firstQ.q, ms: f.doneAt, bytes: sent, results: f.n, rank: await rankOf(firstQ.expect), byPart };
      // Later queries: typed into the same page.
      const later = [];
      for (const { q, expect } of laterQs) {
        sent = 0;
        await page.fill('#search-q', q);
        await page.press('#search-q', 'Enter');
        await waitFor(page, q);
        const d = await dataset(page);
        later.push({ q, ms: d.ms, stages: d.stages, bytes: sent, results: d.n, rank: await rankOf(expect) });
      }
      // The same queries on Pagefind alone (its search, no expansion, re-rank, fragments or rendering),
      // in the same page with the index chunks already loaded: the part of the time that is Pagefind's.
      const raw = await page.evaluate(async (qs) => {
        const pf = await import('/pagefind/pagefind.js');
        const out = [];
        for (const q of qs) {
          const t = performance.now();
          await pf.search(q);
          out.push(Math.round(performance.now() - t));
        }
        return out;
      }, laterQs.map((x) => x.q));
      later.forEach((l, k) => (l.pagefindOnlyMs = raw[k]));
      results.push({ run: r + 1, lang, first, later });
      await context.close();
    }
  }
  await browser.close();
  await server.close();

  const firstMs = results.map((x) => x.first.ms);
  const firstBytes = results.map((x) => x.first.bytes);
  const laterMs = results.flatMap((x) => x.later.map((l) => l.ms));
  const laterBytes = results.flatMap((x) => x.later.map((l) => l.bytes));
  const summary = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
    loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(1))),
    corpus: { pages: perLang * 2, perLanguage: perLang, wordsPerPage: 610, longPagesWords: 6000, longPagesShare: 0.05 },
    pagefindIndexSeconds: Number(indexSeconds.toFixed(1)),
    index: sizes,
    indexBytesForSearch: Object.entries(sizes).filter(([k]) => !k.startsWith('Pagefind UI')).reduce((a, [, v]) => a + v.bytes, 0),
    firstQuery: { medianMs: median(firstMs), maxMs: Math.max(...firstMs), medianBytes: median(firstBytes), maxBytes: Math.max(...firstBytes) },
    numberQueriesAtScale: (() => {
      const ranked = results.flatMap((x) => [x.first, ...x.later]).filter((x) => x.rank !== undefined);
      return { queries: ranked.length, top1: ranked.filter((x) => x.rank === 1).length, mrr: Number((ranked.reduce((a, x) => a + (x.rank ? 1 / x.rank : 0), 0) / ranked.length).toFixed(3)) };
    })(),
    laterByQueryKind: {
      numberMedianMs: median(results.flatMap((x) => x.later.filter((l) => l.rank !== undefined).map((l) => l.ms))),
      wordsMedianMs: median(results.flatMap((x) => x.later.filter((l) => l.rank === undefined).map((l) => l.ms))),
    },
    laterStagesMedianMs: Object.fromEntries(['search', 'fragments', 'rerank', 'counts'].map((k) => [k, median(results.flatMap((x) => x.later.map((l) => l.stages[k] ?? 0)))])),
    laterQueries: { pagefindOnlyMedianMs: median(results.flatMap((x) => x.later.map((l) => l.pagefindOnlyMs))), medianMs: median(laterMs), p90Ms: [...laterMs].sort((a, b) => a - b)[Math.floor(laterMs.length * 0.9)], medianBytes: median(laterBytes) },
    targets: { firstQueryMaxBytes: 300 * 1024, firstQueryMaxMs: 800, laterMedianMaxMs: 100 },
    runs: results,
  };
  summary.meetsTargets = {
    firstQueryBytes: summary.firstQuery.maxBytes <= summary.targets.firstQueryMaxBytes,
    firstQueryMs: summary.firstQuery.medianMs <= summary.targets.firstQueryMaxMs,
    laterMedianMs: summary.laterQueries.medianMs <= summary.targets.laterMedianMaxMs,
  };
  mkdirSync(join(root, 'docs', 'bench'), { recursive: true });
  writeFileSync(join(root, 'docs', 'bench', 'search.json'), JSON.stringify(summary, null, 1) + '\n');
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  const md = `# Search benchmark

Generated by \`npm run bench:search\` on ${summary.date.slice(0, 10)} (${summary.machine}; load average
${summary.loadAverageAtEnd.join(', ')} at the end: other jobs shared the cores). Corpus: ${summary.corpus.pages.toLocaleString('en')}
generated legal-document pages (${perLang.toLocaleString('en')} Vietnamese + ${perLang.toLocaleString('en')} English, ≈${summary.corpus.wordsPerPage} words each, one in
twenty a long full text of ≈6,000 words; words drawn from the real documents' text) plus the
built site; the real search page in headless Chromium; ${runs} cold runs per language, 10 queries each.
First query: a fresh browser opens the search page with \`?q=\` (as the header form does); its bytes and time
include the page itself, Pagefind's engine, index chunks and result fragments, until results and facets are
on screen. Later queries: typed into the same page, timed from submit to results and facets on screen.

| measure | result | target |
|---|---|---|
| Pagefind index, all files used by search | ${kb(summary.indexBytesForSearch)} | – |
| Pagefind indexing time | ${summary.pagefindIndexSeconds} s | – |
| first query: bytes (median / max) | ${kb(summary.firstQuery.medianBytes)} / ${kb(summary.firstQuery.maxBytes)} | ≤ 300 KB ${summary.meetsTargets.firstQueryBytes ? '✓' : '✗'} |
| first query: time (median / max) | ${summary.firstQuery.medianMs} ms / ${summary.firstQuery.maxMs} ms | ≤ 800 ms ${summary.meetsTargets.firstQueryMs ? '✓' : '✗'} |
| later queries: time (median / p90) | ${summary.laterQueries.medianMs} ms / ${summary.laterQueries.p90Ms} ms | median ≤ 100 ms ${summary.meetsTargets.laterMedianMs ? '✓' : '✗'} |
| later queries by kind: numbers / words (median) | ${summary.laterByQueryKind.numberMedianMs} ms / ${summary.laterByQueryKind.wordsMedianMs} ms | – |
| later queries: Pagefind's own search alone, same queries (median) | ${summary.laterQueries.pagefindOnlyMedianMs} ms | – |
| later queries, median by stage: Pagefind searches (query + expansion) / top-10 fragments / re-rank / facet counts | ${Object.values(summary.laterStagesMedianMs).map((v) => `${v} ms`).join(' / ')} | – |
| later queries: bytes (median) | ${kb(summary.laterQueries.medianBytes)} | – |
| number queries at this scale: first result right | ${summary.numberQueriesAtScale.top1} of ${summary.numberQueriesAtScale.queries} (MRR ${summary.numberQueriesAtScale.mrr}) | – |

First query, bytes by part (run 1, vi): ${Object.entries(results[0].first.byPart).map(([k, v]) => `${k} ${kb(v)}`).join('; ')}.

Index by part: ${Object.entries(sizes).map(([k, v]) => `${k} ${kb(v.bytes)} in ${v.files} files`).join('; ')}.
Each search runs the query and its d → đ expansion, re-ranks the top 10 (loading their fragments) and
counts the facets. Bytes are as transferred from a local server that gzips text files
(HTML, CSS, JS) as nginx with \`gzip on\` does; Pagefind's index, fragment and wasm files are compressed by
Pagefind itself and sent as they are.
`;
  writeFileSync(join(root, 'docs', 'bench', 'search.md'), md);
  console.log(md);
} finally {
  if (process.env.HEZA_BENCH_KEEP) console.log(`kept ${site}`);
  else rmSync(work, { recursive: true, force: true });
}
