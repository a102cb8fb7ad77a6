/**
 * The glossary: domain terms in both languages, with the one English term to use and the English to avoid.
 * CONTEXT.md is generated from it (`npm run glossary`), and a content test reads every English content file
 * and the English UI dictionary and fails on an avoided term, naming the file and the line.
 * Terms follow the Authority's own plan (Kế hoạch 431/KH-BQL) and the national legal-document database.
 */

export interface GlossaryTerm {
  /** The Vietnamese term, as content and the source documents write it. */
  vi: string;
  /** The English to use, in every English page, note and UI label. */
  en: string;
  /** English renderings that must not be used (matched case-insensitively, as whole words). */
  avoid?: readonly string[];
  /** Where the term lives in the code (collection, field, value), if anywhere. */
  code?: string;
  /** Why, or how to use it. */
  note?: string;
}

export const glossary: readonly GlossaryTerm[] = [
  { vi: 'văn bản (quy phạm pháp luật)', en: 'legal document', code: 'collection `legal`' },
  { vi: 'số ký hiệu', en: 'document number, exactly as issued (61/2018/NĐ-CP)', code: '`number`' },
  { vi: 'trích yếu', en: 'title (subject line)', code: '`title`', note: 'The official title line of the document, not a description of it.' },
  {
    vi: 'loại văn bản: luật, nghị quyết, nghị định, quyết định, chỉ thị, thông tư, kế hoạch',
    en: 'document type: law, resolution, decree, decision, directive, circular, plan',
    code: '`docType`',
  },
  { vi: 'cơ quan ban hành', en: 'issuing body', code: '`issuer`' },
  { vi: 'người ký, chức vụ', en: 'signer, position', code: '`signer`, `signerPosition`' },
  { vi: 'ngày ban hành', en: 'date of issue', code: '`issued`' },
  { vi: 'ngày có hiệu lực', en: 'effective date', code: '`effective`' },
  { vi: 'ngày hết hiệu lực', en: 'end of effect', code: '`expiry`' },
  {
    vi: 'tình trạng hiệu lực: còn hiệu lực, hết hiệu lực một phần, hết hiệu lực toàn bộ, chưa có hiệu lực, ngưng hiệu lực',
    en: 'validity status: in force, partly in force, no longer in force, not yet in force, suspended',
    code: '`status`',
  },
  { vi: 'chưa xác định / đang chờ xác minh', en: 'awaiting verification (this portal’s own status)', code: '`chua-xac-dinh`' },
  { vi: 'ngày kiểm tra tình trạng', en: 'date the status was last checked', code: '`statusCheckedOn`' },
  {
    vi: 'căn cứ, dẫn chiếu, hướng dẫn, triển khai, sửa đổi bổ sung, thay thế, bãi bỏ, đình chỉ',
    en: 'basis, cites, guides, implements, amends, replaces, repeals, suspends',
    code: '`relations[].type`',
    note: 'A document is “based on” another only when its “Căn cứ” clause names it; a plan that names documents to communicate “cites” them.',
  },
  { vi: 'thủ tục hành chính (TTHC)', en: 'administrative procedure', code: 'collection `procedures`' },
  {
    vi: 'tên thủ tục',
    en: 'procedure title, in English a verb phrase: “Issuing a work permit to a foreign worker”',
    code: '`title`',
    note: 'The test also checks that every English procedure title starts with a verb in -ing.',
  },
  { vi: 'mã thủ tục', en: 'procedure code (National Public Service Portal)', code: '`code`' },
  { vi: 'thành phần hồ sơ', en: 'dossier (documents to submit)', code: '`dossier`' },
  { vi: 'cách thức thực hiện: trực tiếp, trực tuyến, dịch vụ bưu chính', en: 'ways to submit: in person, online, by post', code: '`channels`' },
  { vi: 'dịch vụ công trực tuyến toàn trình / một phần', en: 'fully / partly online public service', code: '`onlineLevel`' },
  { vi: 'cơ quan thực hiện', en: 'handling agency', code: '`agencyAwaiting` (when unconfirmed)' },
  { vi: 'một cửa, một cửa liên thông', en: 'one-stop shop, inter-agency one-stop shop (the mechanism)' },
  {
    vi: 'Bộ phận tiếp nhận và trả kết quả (Bộ phận một cửa)',
    en: 'Reception and Results Desk',
    avoid: ['one-stop desk', 'one stop desk', 'one-stop counter'],
    code: 'page `oneStop`',
    note: 'The plan’s own English. “One-Stop Unit” is kept only in the title of Decree 118/2025/NĐ-CP, which names the units of that decree.',
  },
  {
    vi: 'phòng chuyên môn (các phòng của Ban Quản lý)',
    en: 'specialised divisions',
    avoid: [
      'specialist department',
      'specialist departments',
      'specialised department',
      'specialised departments',
      'specialized department',
      'specialized departments',
      'departments and units',
      'departments and public service units',
      'Authority’s departments',
      'its departments',
    ],
    note: '“Department” is kept for a city department (Sở), e.g. the Department of Information and Communications.',
  },
  { vi: 'Sở (của thành phố)', en: 'Department (of the city), e.g. Department of Information and Communications' },
  {
    vi: 'Văn phòng (Văn phòng Ban Quản lý)',
    en: 'the Authority’s Office (Office of the Authority)',
    avoid: ['Management Office'],
    note: 'There is no separate “Management Office”: the plan’s “Văn phòng Quản lý” is the Authority’s Office.',
  },
  { vi: 'phản ánh, kiến nghị', en: 'complaint, petition (feedback from businesses)', code: 'page `feedback`' },
  { vi: 'cải cách hành chính (CCHC)', en: 'administrative reform' },
  { vi: 'Ban Quản lý Khu kinh tế Hải Phòng (BQL KKT)', en: 'Hải Phòng Economic Zone Authority (HEZA)', code: 'settings' },
  {
    vi: 'khu công nghiệp (KCN), khu kinh tế (KKT)',
    en: 'industrial zone, economic zone',
    avoid: ['industrial park', 'industrial parks'],
  },
  { vi: 'Giấy chứng nhận đăng ký đầu tư (GCNĐKĐT)', en: 'investment registration certificate (IRC)' },
  {
    vi: 'nghĩa vụ tài chính',
    en: 'financial obligations',
    avoid: ['procedures that carry a fee', 'fee-bearing procedures', 'paying fees online'],
    note: 'Resolution 76/NQ-CP: online payment of financial obligations, not only of fees.',
  },
  {
    vi: 'triệt để',
    en: 'without exception',
    avoid: ['as fully as possible'],
    note: 'Plan 431: “triệt để thực hiện … trực tuyến”; the plan asks for all, not for as many as possible.',
  },
  {
    vi: 'chủ đề năm 2024 của thành phố: “Đẩy mạnh chỉnh trang, hiện đại hoá đô thị – Xây dựng nông thôn mới kiểu mẫu – Tăng cường thực hiện các Chính sách xã hội và Chuyển đổi số”',
    en: '“Accelerating the upgrading and modernisation of urban areas – Building model new-style rural areas – Stepping up social policies and digital transformation”',
    avoid: ['Upgrading and modernising the city', 'model new rural areas'],
    code: '`theme` (collection `programme`)',
  },
  { vi: 'bản dịch không chính thức', en: 'unofficial translation' },
  { vi: 'tin tức; nội dung mẫu', en: 'news; sample content (not a real announcement)', code: 'collection `news`, `sample`' },
  {
    vi: 'giá trị mẫu, chưa xác minh (địa chỉ, điện thoại, thư điện tử)',
    en: 'sample value, not yet verified',
    code: 'settings `confirmedContacts`',
  },
  {
    vi: 'kế hoạch cải cách hành chính; chỉ tiêu; kết quả đạt được; đang chờ số liệu',
    en: 'reform plan; target; value reached; awaiting data',
    code: 'collection `programme`, `targets[]`',
  },
  { vi: 'chủ đề năm của thành phố', en: 'the city’s theme of the year', code: '`theme`' },
  { vi: 'hạn báo cáo quý, báo cáo năm', en: 'quarterly, annual report deadline', code: 'collection `events`' },
  { vi: 'mức độ hài lòng; phiếu khảo sát', en: 'satisfaction; survey', code: 'page `feedback`' },
  { vi: 'lịch sử cập nhật; ghi chú thay đổi', en: 'updates; a change note (dated, translated; one per change in substance, none for a typo fix)', code: '`changes[]`' },
  { vi: 'cập nhật nội dung (ngày)', en: 'last updated (the newest change note, never the build time)', code: 'component `LastUpdated`' },
  { vi: 'văn bản, thủ tục mới cập nhật', en: 'recent changes (the register’s change log)', code: 'page `changes`, `/api/changes.json`' },
  { vi: 'nguồn tin (Atom)', en: 'feed', code: '`/vi/moi-cap-nhat/atom.xml`' },
  { vi: 'quá trình hiệu lực', en: 'lifecycle timeline of a document', code: 'component `LifecycleTimeline`' },
];

export interface TermHit {
  line: number;
  found: string;
  use: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Straight and curly apostrophes are the same letter to a reader. */
const apostrophes = (s: string) => s.replace(/['’]/g, "['’]");

const avoided = glossary.flatMap((term) =>
  (term.avoid ?? []).map((phrase) => ({
    phrase,
    use: term.en,
    re: new RegExp(`(?<![\\p{L}\\p{N}-])${apostrophes(escape(phrase))}(?![\\p{L}\\p{N}-])`, 'giu'),
  })),
);

/** Every avoided English term in a text, with its 1-based line and the term to use instead. */
export function avoidedTermsIn(text: string): TermHit[] {
  const hits: TermHit[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const a of avoided) {
      for (const m of lineText.matchAll(a.re)) hits.push({ line: i + 1, found: m[0], use: a.use });
    }
  });
  return hits;
}

/** An English procedure title is a verb phrase: it starts with a verb in -ing (“Issuing …”, “Adjusting …”). */
export const isVerbPhraseTitle = (title: string) => /^[A-Z][a-z]+ing\b/.test(title);

/** The glossary as the Markdown of CONTEXT.md. */
export function glossaryMarkdown(): string {
  const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|');
  const rows = glossary.map(
    (t) => `| ${cell(t.vi)} | ${cell(t.en)} | ${cell(t.avoid?.map((a) => `“${a}”`).join(', '))} | ${cell(t.code)} |`,
  );
  const notes = glossary.filter((t) => t.note).map((t) => `- **${t.en.replace(/^“|”$/g, '')}** — ${t.note}`);
  return [
    '# Glossary / Thuật ngữ',
    '',
    '<!-- Generated from src/i18n/glossary.ts by `npm run glossary`: edit that file, not this one. -->',
    '',
    'Domain terms used in the code, the content and the pages, in both languages. Code uses the English',
    'name; content values (slugs, enum values) use the Vietnamese term without tone marks. Each collection’s',
    'fields are in `src/schemas/<collection>.ts` and its values in `<collection>.vocab.ts`; what is derived from',
    'them for pages is in `src/collections/<collection>/` (a document’s validity status as readers see it:',
    '`src/collections/legal/status.ts`). README’s "Project layout" says what is where.',
    '',
    'English content uses the term in the second column; a test (tests/content/terminology.test.ts) fails on',
    'any term of the third column in an English content file, the English UI dictionary or a schema’s English',
    'labels, naming the file and the line.',
    '',
    '| Tiếng Việt | English to use | English to avoid | In the code |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Notes',
    '',
    ...notes,
    '',
  ].join('\n');
}
