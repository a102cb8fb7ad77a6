// A realistic, deterministic bilingual corpus of legal documents in the project's own content format
// (content/legal/{vi,en}/<slug>.mdx, front matter as src/schemas/legal.ts asks, Vietnamese with every
// diacritic), and the same corpus as plain Markdown for Hugo. `pages` counts content files (vi + en).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Small seeded PRNG (mulberry32), so every run and every machine gets the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const types = [
  ['nghi-dinh', 'NĐ-CP', 'chinh-phu', 'Nghị định', 'Decree'],
  ['quyet-dinh', 'QĐ-UBND', 'ubnd-tp-hai-phong', 'Quyết định', 'Decision'],
  ['quyet-dinh', 'QĐ-BQL', 'bql-kkt-hai-phong', 'Quyết định', 'Decision'],
  ['thong-tu', 'TT-VPCP', 'van-phong-chinh-phu', 'Thông tư', 'Circular'],
  ['chi-thi', 'CT-TTg', 'thu-tuong-chinh-phu', 'Chỉ thị', 'Directive'],
  ['nghi-quyet', 'NQ-HĐND', 'hdnd-tp-hai-phong', 'Nghị quyết', 'Resolution'],
  ['ke-hoach', 'KH-BQL', 'bql-kkt-hai-phong', 'Kế hoạch', 'Plan'],
  ['luat', 'QH15', 'quoc-hoi', 'Luật', 'Law'],
];
const statuses = ['con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-xac-dinh'];
const subjects = ['cai-cach-hanh-chinh', 'thu-tuc-hanh-chinh', 'mot-cua', 'to-chuc-bo-may', 'chinh-quyen-dien-tu', 'dau-tu', 'tuyen-truyen', 'don-vi-hanh-chinh'];
const relationTypes = ['can-cu', 'huong-dan', 'trien-khai', 'sua-doi-bo-sung', 'thay-the', 'bai-bo-mot-phan'];

const viTopics = [
  'thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  'đẩy mạnh cải cách hành chính và chuyển đổi số tại các khu công nghiệp',
  'quy chế phối hợp tiếp nhận hồ sơ đầu tư tại Bộ phận một cửa',
  'kiểm soát thủ tục hành chính thuộc thẩm quyền của Ban Quản lý Khu kinh tế Hải Phòng',
  'tuyên truyền cải cách hành chính năm 2024 đến doanh nghiệp và người lao động',
  'cấp Giấy chứng nhận đăng ký đầu tư theo hình thức trực tuyến toàn trình',
  'sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả',
  'đánh giá mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính',
];
const enTopics = [
  'implementing the one-stop and inter-agency one-stop mechanism for administrative procedures',
  'speeding up administrative reform and digital transformation in the industrial zones',
  'rules for coordinating the reception of investment dossiers at the one-stop desk',
  'control of administrative procedures within the remit of the Hải Phòng Economic Zone Authority',
  'communicating administrative reform in 2024 to businesses and workers',
  'issuing investment registration certificates fully online',
  'reorganising the state apparatus to be lean, effective and efficient',
  'measuring how satisfied organisations and citizens are with the service of administrative bodies',
];
const viWords = (
  'cơ quan tổ chức cá nhân doanh nghiệp hồ sơ thủ tục hành chính giải quyết tiếp nhận trả kết quả đúng hạn ' +
  'trực tuyến dịch vụ công khu kinh tế khu công nghiệp nhà đầu tư giấy chứng nhận đăng ký điều chỉnh thẩm định ' +
  'báo cáo định kỳ kiểm tra giám sát trách nhiệm người đứng đầu cán bộ công chức viên chức thực hiện nghiêm túc ' +
  'hiệu quả minh bạch công khai quy định pháp luật hướng dẫn triển khai phối hợp sở ban ngành thành phố Hải Phòng ' +
  'Ủy ban nhân dân phản ánh kiến nghị người dân sự hài lòng chất lượng phục vụ số hóa cơ sở dữ liệu quốc gia'
).split(' ');
const enWords = (
  'authority body organisation citizen business dossier administrative procedure handle receive return result on time ' +
  'online public service economic zone industrial park investor certificate registration adjustment appraisal ' +
  'periodic report inspection supervision responsibility head official civil servant carry out strictly effective ' +
  'transparent public regulation law guidance implementation coordination department city Hải Phòng people ' +
  'committee feedback petition satisfaction service quality digitisation national database'
).split(' ');

function sentence(r, words, min = 10, max = 22) {
  const n = min + Math.floor(r() * (max - min));
  const w = Array.from({ length: n }, () => words[Math.floor(r() * words.length)]);
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(r, words) {
  return Array.from({ length: 3 + Math.floor(r() * 3) }, () => sentence(r, words)).join(' ');
}

/** About 600 words: articles with clauses, a list, sometimes a table, as the key articles of a document read. */
function body(r, lang, withHtml = false) {
  const words = lang === 'vi' ? viWords : enWords;
  const article = lang === 'vi' ? 'Điều' : 'Article';
  const parts = [];
  for (let a = 1; a <= 5; a++) {
    parts.push(`## ${article} ${a}. ${sentence(r, words, 3, 7).slice(0, -1)}`);
    parts.push(paragraph(r, words));
    if (a === 2) {
      parts.push(Array.from({ length: 4 }, (_, i) => `${i + 1}. ${sentence(r, words, 6, 14)}`).join('\n'));
    }
    if (a === 3 && r() < 0.5) {
      const head = lang === 'vi' ? '| Nội dung | Thời hạn | Cơ quan chủ trì |' : '| Task | Deadline | Lead body |';
      const rows = Array.from({ length: 4 }, (_, i) => `| ${sentence(r, words, 3, 6)} | ${String(i + 1).padStart(2, '0')}/2025 | ${sentence(r, words, 2, 4)} |`);
      parts.push([head, '|---|---|---|', ...rows].join('\n'));
    }
    parts.push(paragraph(r, words));
  }
  // A few bodies use inline HTML, as an editor might for an abbreviation: these need the MDX compiler.
  if (withHtml) {
    parts.push(lang === 'vi'
      ? 'Viết tắt: <abbr title="Thủ tục hành chính">TTHC</abbr>, <abbr title="Ban Quản lý Khu kinh tế">BQL KKT</abbr>.'
      : 'Abbreviations: <abbr title="administrative procedure">AP</abbr>, <abbr title="Economic Zone Authority">EZA</abbr>.');
  }
  return parts.join('\n\n');
}

const pad = (n) => String(n).padStart(5, '0');
const day = (r, year) => `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;

/** The documents of a corpus of `pages` content files: pages / 2 documents, each in vi and en. */
export function corpusDocs(pages, seed = 431) {
  const r = rng(seed);
  const count = Math.max(1, Math.floor(pages / 2));
  const docs = [];
  for (let i = 1; i <= count; i++) {
    const [docType, code, issuer, viType, enType] = types[i % types.length];
    const year = 2008 + (i % 17);
    const issued = day(r, year);
    const month = Number(issued.slice(5, 7));
    const effective = `${month < 12 ? year : year + 1}-${String((month % 12) + 1).padStart(2, '0')}-${issued.slice(8)}`;
    const number = code === 'QH15' ? `${i}/${year}/QH15` : `${i}/${year}/${code}`;
    const slug = `bm-${pad(i)}-${year}-${code.toLowerCase().replaceAll('đ', 'd')}`;
    const topic = i % viTopics.length;
    const status = statuses[Math.floor(r() * statuses.length)];
    const subj = [...new Set([subjects[i % subjects.length], subjects[Math.floor(r() * subjects.length)]])];
    const relations = [];
    if (i > 1 && r() < 0.6) relations.push({ type: relationTypes[Math.floor(r() * relationTypes.length)], target: docs[Math.floor(r() * docs.length)].slug });
    if (i > 10 && r() < 0.3) {
      const t = docs[Math.floor(r() * docs.length)].slug;
      if (!relations.some((x) => x.target === t)) relations.push({ type: 'can-cu', target: t });
    }
    const shared = {
      number,
      docType,
      issuer,
      issued,
      effective,
      status,
      statusCheckedOn: '2026-11-01',
      subjects: subj,
      verified: false,
    };
    const vi = {
      title: `${viType} về ${viTopics[topic]} (mẫu số ${i})`,
      ...shared,
      summary: `Nội dung mẫu để đo hiệu năng, không phải văn bản thật. ${paragraph(r, viWords)}`,
      ...(relations.length ? { relations } : {}),
      sources: [{ title: 'Dữ liệu mẫu sinh tự động cho phép đo hiệu năng' }],
      changes: [{ date: '2026-11-01', note: 'Đăng tải lần đầu.' }],
    };
    const en = {
      title: `${enType} on ${enTopics[topic]} (sample ${i})`,
      ...shared,
      summary: `Sample content for benchmarking, not a real document. ${paragraph(r, enWords)}`,
      ...(relations.length ? { relations } : {}),
      sources: [{ title: 'Generated sample data for benchmarking' }],
      changes: [{ date: '2026-11-01', note: 'First published.' }],
    };
    docs.push({ slug, vi: { front: vi, body: body(r, 'vi', i % 20 === 0) }, en: { front: en, body: body(r, 'en', i % 20 === 0) } });
  }
  return docs;
}

/** content/legal/{vi,en}/<slug>.mdx under `dir`. */
export function writeAstroCorpus(dir, docs) {
  for (const lang of ['vi', 'en']) mkdirSync(join(dir, 'legal', lang), { recursive: true });
  for (const d of docs) {
    for (const lang of ['vi', 'en']) {
      writeFileSync(join(dir, 'legal', lang, `${d.slug}.mdx`), `---\n${stringify(d[lang].front)}---\n\n${d[lang].body}\n`);
    }
  }
}

/** The same documents as plain Markdown for Hugo, with the facets as taxonomies. */
export function writeHugoCorpus(dir, docs) {
  for (const lang of ['vi', 'en']) mkdirSync(join(dir, lang, 'legal'), { recursive: true });
  for (const d of docs) {
    for (const lang of ['vi', 'en']) {
      const f = d[lang].front;
      const front = {
        ...f,
        doctypes: [f.docType],
        issuers: [f.issuer],
        statuses: [f.status],
        years: [f.issued.slice(0, 4)],
        date: f.issued,
      };
      writeFileSync(join(dir, lang, 'legal', `${d.slug}.md`), `---\n${stringify(front)}---\n\n${d[lang].body}\n`);
    }
  }
}
