#!/usr/bin/env node
// Draws the sample news images (simple original diagrams) as PNG with sharp, into content/news/images/.
// They are committed; run again only to change them: npx node scripts/make-news-images.mjs
import sharp from 'sharp';
import { mkdirSync } from 'node:fs';

const W = 1600;
const H = 900;
const navy = '#0b3d6b';
const out = new URL('../content/news/images/', import.meta.url);
mkdirSync(out, { recursive: true });

const frame = (body, bg = '#f3f6f9') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="100%" height="100%" fill="${bg}"/>
  <rect x="0" y="0" width="${W}" height="24" fill="${navy}"/>
  <g font-family="DejaVu Sans, Liberation Sans, sans-serif">${body}</g></svg>`;

const images = {
  // Four reporting deadlines on a time line.
  'lich-bao-cao': frame(`
    <line x1="140" y1="450" x2="1460" y2="450" stroke="${navy}" stroke-width="10"/>
    ${[['03/3', 'Q1'], ['03/6', 'Q2'], ['03/9', 'Q3'], ['03/11', '2024']]
      .map(([d, q], i) => {
        const x = 240 + i * 380;
        return `<circle cx="${x}" cy="450" r="46" fill="#fff" stroke="${navy}" stroke-width="10"/>
        <text x="${x}" y="350" font-size="64" font-weight="bold" text-anchor="middle" fill="${navy}">${d}</text>
        <text x="${x}" y="590" font-size="56" text-anchor="middle" fill="#333">${q}</text>`;
      })
      .join('')}`),
  // A counter with a queue of documents moving to a screen: one-stop desk going online.
  'mot-cua-dien-tu': frame(`
    <rect x="160" y="300" width="460" height="420" rx="16" fill="#fff" stroke="${navy}" stroke-width="8"/>
    ${[0, 1, 2].map((i) => `<rect x="${220 + i * 40}" y="${360 + i * 40}" width="240" height="300" fill="#fff" stroke="#5a6b7b" stroke-width="6"/>
      <line x1="${250 + i * 40}" y1="${420 + i * 40}" x2="${420 + i * 40}" y2="${420 + i * 40}" stroke="#5a6b7b" stroke-width="6"/>`).join('')}
    <path d="M700 510 h200" stroke="${navy}" stroke-width="16"/><path d="M890 470 l60 40 l-60 40 z" fill="${navy}"/>
    <rect x="990" y="280" width="460" height="320" rx="16" fill="${navy}"/>
    <rect x="1020" y="310" width="400" height="260" fill="#e8f1fa"/>
    <path d="M1140 450 l50 50 l100 -110" stroke="#1d7a3a" stroke-width="24" fill="none"/>
    <rect x="1170" y="600" width="100" height="70" fill="${navy}"/><rect x="1100" y="670" width="240" height="24" fill="${navy}"/>`),
  // 100 %: every procedure published.
  'cong-khai-thu-tuc': frame(`
    <circle cx="520" cy="460" r="260" fill="none" stroke="#d5dde5" stroke-width="60"/>
    <circle cx="520" cy="460" r="260" fill="none" stroke="#1d7a3a" stroke-width="60"/>
    <text x="520" y="500" font-size="150" font-weight="bold" text-anchor="middle" fill="${navy}">100%</text>
    ${[0, 1, 2, 3, 4].map((i) => `<rect x="980" y="${230 + i * 110}" width="480" height="80" rx="8" fill="#fff" stroke="${navy}" stroke-width="5"/>
      <path d="M1010 ${270 + i * 110} l20 20 l40 -40" stroke="#1d7a3a" stroke-width="10" fill="none"/>
      <rect x="1100" y="${260 + i * 110}" width="${300 - i * 30}" height="20" fill="#9fb3c8"/>`).join('')}`),
  // At least 30 % of units inspected: 10 squares, 3 filled.
  'kiem-tra-30': frame(`
    ${Array.from({ length: 10 }, (_, i) => `<rect x="${150 + (i % 5) * 270}" y="${220 + Math.floor(i / 5) * 270}" width="220" height="220" rx="12" fill="${i < 3 ? navy : '#fff'}" stroke="${navy}" stroke-width="8"/>`).join('')}
    <text x="800" y="820" font-size="72" font-weight="bold" text-anchor="middle" fill="${navy}">≥ 30%</text>`),
  // FDI target USD 2.5 billion: a dashed target line; the result is unknown, so no bar is drawn.
  'thu-hut-fdi': frame(`
    <line x1="200" y1="760" x2="1400" y2="760" stroke="#333" stroke-width="6"/>
    <line x1="200" y1="260" x2="1400" y2="260" stroke="#b3261e" stroke-width="6" stroke-dasharray="24 16"/>
    <text x="1400" y="230" font-size="56" text-anchor="end" fill="#b3261e">2,5 tỷ USD · USD 2.5 bn</text>
    <text x="475" y="820" font-size="44" text-anchor="middle" fill="#222">FDI 2024</text>
    <rect x="700" y="330" width="560" height="300" rx="16" fill="#fff" stroke="${navy}" stroke-width="6"/>
    <text x="980" y="520" font-size="150" font-weight="bold" text-anchor="middle" fill="${navy}">?</text>`),
  // Speech bubbles going to an office: feedback and petitions.
  'phan-anh-kien-nghi': frame(`
    <path d="M160 240 h560 a30 30 0 0 1 30 30 v220 a30 30 0 0 1 -30 30 h-380 l-90 90 v-90 h-90 a30 30 0 0 1 -30 -30 v-220 a30 30 0 0 1 30 -30 z" fill="#fff" stroke="${navy}" stroke-width="8"/>
    ${[0, 1, 2].map((i) => `<rect x="220" y="${300 + i * 60}" width="${440 - i * 80}" height="22" fill="#9fb3c8"/>`).join('')}
    <path d="M820 430 h200" stroke="${navy}" stroke-width="16"/><path d="M1010 390 l60 40 l-60 40 z" fill="${navy}"/>
    <path d="M1140 300 l160 -90 l160 90 z" fill="${navy}"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="${1160 + i * 80}" y="320" width="40" height="260" fill="${navy}"/>`).join('')}
    <rect x="1130" y="590" width="340" height="40" fill="${navy}"/>`),
};

for (const [name, svg] of Object.entries(images)) {
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(new URL(`${name}.png`, out).pathname);
  console.log(`content/news/images/${name}.png`);
}
