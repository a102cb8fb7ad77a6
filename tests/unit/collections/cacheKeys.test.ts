/**
 * The incremental build's cache keys (src/collections/cacheKeys.ts, src/collections/legal/cacheKeys.ts):
 * a page is reused when its key is unchanged, so a key must change exactly when something the page shows
 * changes. Here the content store is replaced by small in-memory registers (the loaders of
 * src/collections/query.ts are mocked; the relation index is the real one), and each test changes one
 * thing and states which pages must be rendered again and which may be reused.
 * tests/build/incremental.test.ts checks the same keys end to end, against cold builds.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { legalIndex } from '../../../src/collections/legal/library.ts';

type Lang = 'vi' | 'en';
interface Doc {
  slug: string;
  lang: Lang;
  data: Record<string, unknown>;
  entry: { digest: string };
  validity: { status: string; since?: string };
}
interface Entry {
  slug: string;
  lang: Lang;
  data: Record<string, unknown>;
  entry: { digest: string };
}

const store = {
  legal: { vi: [] as Doc[], en: [] as Doc[] },
  procedures: { vi: [] as Entry[], en: [] as Entry[] },
  news: { vi: [] as Entry[], en: [] as Entry[] },
  settings: { vi: {} as Record<string, unknown>, en: {} as Record<string, unknown> },
};

vi.mock('../../../src/collections/query.ts', () => ({
  loadLegal: async (lang: Lang) => store.legal[lang].slice(),
  loadLegalIndex: async (lang: Lang) => legalIndex(store.legal[lang] as never[], store.legal.vi as never[], store.legal[lang === 'vi' ? 'en' : 'vi'] as never[]),
  loadProcedures: async (lang: Lang) => store.procedures[lang].slice(),
  loadNews: async (lang: Lang) => store.news[lang].slice(),
  loadSettings: async (lang: Lang) => store.settings[lang],
}));

const { keyOf, digestOf, procedureKeys, newsArticleKeys, newsListKey } = await import('../../../src/collections/cacheKeys.ts');
const { legalDocumentKeys, legalFacetKeys } = await import('../../../src/collections/legal/cacheKeys.ts');

const doc = (lang: Lang, slug: string, data: Record<string, unknown>, status = 'con-hieu-luc'): Doc => ({
  slug,
  lang,
  data: { docType: 'nghi-dinh', number: `${slug.toUpperCase()}/NĐ-CP`, title: `Nghị định ${slug}`, issuer: 'chinh-phu', issued: '2020-01-01', summary: 'Tóm tắt', ...data },
  entry: { digest: `${lang}/${slug}#1` },
  validity: { status },
});

beforeEach(() => {
  // a ← b (b guides a), c alone; d is only in Vietnamese. A procedure cites a (in force) and d.
  store.legal.vi = [
    doc('vi', 'a', {}),
    doc('vi', 'b', { relations: [{ type: 'huong-dan', target: 'a' }], issued: '2021-05-01', docType: 'thong-tu' }),
    doc('vi', 'c', { issued: '2021-07-01' }),
    doc('vi', 'd', { issued: '2019-03-01' }, 'het-hieu-luc'),
  ];
  store.legal.en = [doc('en', 'a', { title: 'Decree a' }), doc('en', 'b', { title: 'Circular b', issued: '2021-05-01', docType: 'thong-tu', relations: [{ type: 'huong-dan', target: 'a' }] }), doc('en', 'c', { title: 'Decree c', issued: '2021-07-01' })];
  const guide = (lang: Lang, slug: string, basis: string[]): Entry => ({ slug, lang, data: { title: `Thủ tục ${slug}`, legalBasis: basis.map((document) => ({ document })) }, entry: { digest: `${lang}/${slug}#1` } });
  store.procedures.vi = [guide('vi', 'p', ['a', 'd']), guide('vi', 'q', ['c']), { ...guide('vi', 'r', []), data: { title: 'Thủ tục r' } }];
  store.procedures.en = [guide('en', 'p', ['a', 'd'])];
  const item = (lang: Lang, slug: string, published: string): Entry => ({ slug, lang, data: { title: `Tin ${slug}`, published, tags: ['tuyen-truyen'] }, entry: { digest: `${lang}/${slug}#1` } });
  store.news.vi = [item('vi', 'n1', '2024-02-01'), item('vi', 'n2', '2024-03-01')];
  store.news.en = [item('en', 'n1', '2024-02-01')];
  store.settings.vi = { authorityName: 'Ban Quản lý Khu kinh tế Hải Phòng', hotline: '0225 3 000 000' };
  store.settings.en = { authorityName: 'Hai Phong Economic Zone Authority', hotline: '0225 3 000 000' };
});

/** Which keys of a map differ between two snapshots (sorted), failing if the sets of pages differ. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  return [...before.keys()].filter((k) => before.get(k) !== after.get(k)).sort();
}

const set = (d: Doc | Entry | undefined, field: string, value: unknown) => {
  expect(d, 'the entry to edit exists').toBeDefined();
  d!.data = { ...d!.data, [field]: value };
};

describe('keyOf and digestOf', () => {
  it('keyOf is a stable digest of its parts, in order', () => {
    expect(keyOf('a', 1)).toBe(keyOf('a', 1));
    expect(keyOf('a', 1)).not.toBe(keyOf(1, 'a'));
    expect(keyOf({ x: 1 })).not.toBe(keyOf({ x: 2 }));
    expect(keyOf('a')).toMatch(/^[A-Za-z0-9_-]{43}$/); // SHA-256 in base64url
  });

  it("digestOf takes the loader's digest, else the body and the rendered metadata", () => {
    expect(digestOf({ digest: 'abc' })).toBe('abc');
    expect(digestOf({ digest: 7 })).toBe(7);
    expect(digestOf({ body: 'x' })).toBe(keyOf('x', null));
    expect(digestOf({ body: 'x', rendered: { metadata: { headings: [] } } })).toBe(keyOf('x', { headings: [] }));
    expect(digestOf({})).toBe(keyOf(null, null));
  });
});

describe('legal document pages', () => {
  it('are keyed one per document of the language', async () => {
    expect([...(await legalDocumentKeys('vi')).keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...(await legalDocumentKeys('en')).keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('nothing changed: every key is the same', async () => {
    expect(changed(await legalDocumentKeys('vi'), await legalDocumentKeys('vi'))).toEqual([]);
  });

  it("a summary edit renders that document's page only", async () => {
    const before = await legalDocumentKeys('vi');
    set(store.legal.vi[2], 'summary', 'Tóm tắt mới');
    expect(changed(before, await legalDocumentKeys('vi'))).toEqual(['c']);
  });

  it('a new file digest (the body changed) renders that page', async () => {
    const before = await legalDocumentKeys('vi');
    store.legal.vi[2]!.entry = { digest: 'vi/c#2' };
    expect(changed(before, await legalDocumentKeys('vi'))).toEqual(['c']);
  });

  it('a title, number or type edit renders the pages that relate to the document, in both directions', async () => {
    for (const [field, value] of [['title', 'Nghị định a (sửa)'], ['number', '99/2020/NĐ-CP'], ['docType', 'luat']] as const) {
      const before = await legalDocumentKeys('vi');
      set(store.legal.vi[0], field, value);
      expect(changed(before, await legalDocumentKeys('vi')), field).toEqual(['a', 'b']);
      const beforeB = await legalDocumentKeys('vi');
      set(store.legal.vi[1], field, value);
      expect(changed(beforeB, await legalDocumentKeys('vi')), `${field} of the acting document`).toEqual(['a', 'b']);
    }
  });

  it('an English page names a related document by its English title', async () => {
    const before = await legalDocumentKeys('en');
    set(store.legal.en[0], 'title', 'Decree a (edited)');
    expect(changed(before, await legalDocumentKeys('en'))).toEqual(['a', 'b']);
    const before2 = await legalDocumentKeys('en');
    set(store.legal.vi[0], 'title', 'Nghị định a (sửa)'); // the Vietnamese title is not shown on English pages of b
    expect(changed(before2, await legalDocumentKeys('en'))).toEqual([]);
  });

  it('the order the documents are read in changes no key', async () => {
    const docs = await legalDocumentKeys('vi');
    const facets = await legalFacetKeys('vi', 'en');
    store.legal.vi.reverse();
    expect(changed(docs, await legalDocumentKeys('vi'))).toEqual([]);
    expect(changed(facets, await legalFacetKeys('vi', 'en'))).toEqual([]);
  });

  it('a status change renders that page (the badge); the relations show no status', async () => {
    const before = await legalDocumentKeys('vi');
    store.legal.vi[0]!.validity = { status: 'het-hieu-luc', since: '2025-07-01' };
    expect(changed(before, await legalDocumentKeys('vi'))).toEqual(['a']);
  });

  it('a new relation renders both ends of it', async () => {
    const before = await legalDocumentKeys('vi');
    set(store.legal.vi[2], 'relations', [{ type: 'thay-the', target: 'd' }]);
    expect(changed(before, await legalDocumentKeys('vi'))).toEqual(['c', 'd']);
  });

  it("an English relation note renders the English page of the acting document and of its target", async () => {
    const before = await legalDocumentKeys('en');
    set(store.legal.en[1], 'relations', [{ type: 'huong-dan', target: 'a', note: 'Articles 3–5' }]);
    expect(changed(before, await legalDocumentKeys('en'))).toEqual(['a', 'b']);
  });

  it('a translation added in the other language renders the page (its language switch)', async () => {
    const before = await legalDocumentKeys('vi');
    store.legal.en.push(doc('en', 'd', { title: 'Decree d' }, 'het-hieu-luc'));
    expect(changed(before, await legalDocumentKeys('vi'))).toEqual(['d']);
  });

  it('a procedure that names a document as its legal basis is shown on that document; its title too', async () => {
    const before = await legalDocumentKeys('vi');
    set(store.procedures.vi[1], 'title', 'Thủ tục q (sửa)');
    expect(changed(before, await legalDocumentKeys('vi'))).toEqual(['c']);
    const before2 = await legalDocumentKeys('vi');
    set(store.procedures.vi[1], 'legalBasis', [{ document: 'b' }]);
    expect(changed(before2, await legalDocumentKeys('vi'))).toEqual(['b', 'c']);
    // A guide with two documents in its legal basis is shown on both.
    const before3 = await legalDocumentKeys('vi');
    set(store.procedures.vi[0], 'title', 'Thủ tục p (sửa)');
    expect(changed(before3, await legalDocumentKeys('vi'))).toEqual(['a', 'd']);
  });

  it("a change of the language's site settings renders every page of that language, not the other's", async () => {
    const vi = await legalDocumentKeys('vi');
    const en = await legalDocumentKeys('en');
    store.settings.vi = { ...store.settings.vi, hotline: '0225 3 999 999' };
    expect(changed(vi, await legalDocumentKeys('vi'))).toEqual(['a', 'b', 'c', 'd']);
    expect(changed(en, await legalDocumentKeys('en'))).toEqual([]);
  });

  it('the same document has different keys in the two languages', async () => {
    expect((await legalDocumentKeys('vi')).get('c')).not.toBe((await legalDocumentKeys('en')).get('c'));
  });
});

describe('legal facet pages', () => {
  it('are keyed per facet and value present in the language', async () => {
    expect([...(await legalFacetKeys('vi', 'en')).keys()].sort()).toEqual(
      ['docType/nghi-dinh', 'docType/thong-tu', 'issuer/chinh-phu', 'status/con-hieu-luc', 'status/het-hieu-luc', 'year/2019', 'year/2020', 'year/2021'].sort(),
    );
  });

  it("a member's title renders the facet pages that list it, and only those", async () => {
    const before = await legalFacetKeys('vi', 'en');
    set(store.legal.vi[3], 'title', 'Nghị định d (sửa)');
    expect(changed(before, await legalFacetKeys('vi', 'en'))).toEqual(['docType/nghi-dinh', 'issuer/chinh-phu', 'status/het-hieu-luc', 'year/2019']);
  });

  it("a member's number or issue date renders them too (the list shows and sorts by them); its summary does not", async () => {
    const before = await legalFacetKeys('vi', 'en');
    set(store.legal.vi[1], 'number', '02/2021/TT-BKHĐT');
    expect(changed(before, await legalFacetKeys('vi', 'en'))).toEqual(['docType/thong-tu', 'issuer/chinh-phu', 'status/con-hieu-luc', 'year/2021']);
    const before2 = await legalFacetKeys('vi', 'en');
    set(store.legal.vi[1], 'summary', 'Tóm tắt khác');
    expect(changed(before2, await legalFacetKeys('vi', 'en'))).toEqual([]);
  });

  it('a status change changes the counts in the filter column: every facet page', async () => {
    const before = await legalFacetKeys('vi', 'en');
    store.legal.vi[2]!.validity = { status: 'het-hieu-luc' };
    const after = await legalFacetKeys('vi', 'en');
    expect([...before.keys()].filter((k) => after.has(k) && before.get(k) === after.get(k))).toEqual([]);
  });

  it("whether the other language has a value decides the language switch", async () => {
    const before = await legalFacetKeys('vi', 'en');
    store.legal.en.push(doc('en', 'd', { title: 'Decree d', issued: '2019-03-01' }, 'het-hieu-luc'));
    expect(changed(before, await legalFacetKeys('vi', 'en'))).toEqual(['status/het-hieu-luc', 'year/2019']);
  });
});

describe('procedure guides and checklists', () => {
  it('are keyed one per guide of the language', async () => {
    expect([...(await procedureKeys('vi')).keys()].sort()).toEqual(['p', 'q', 'r']);
    expect([...(await procedureKeys('en')).keys()]).toEqual(['p']);
  });

  it('a title, number or status of a document of the legal basis renders the guides that cite it', async () => {
    for (const edit of [() => set(store.legal.vi[0], 'title', 'Nghị định a (sửa)'), () => set(store.legal.vi[0], 'number', '1/2020/NĐ-CP'), () => set(store.legal.vi[0], 'docType', 'luat'), () => void (store.legal.vi[0]!.validity = { status: 'het-hieu-luc' })]) {
      const before = await procedureKeys('vi');
      edit();
      expect(changed(before, await procedureKeys('vi'))).toEqual(['p']);
    }
  });

  it("a document's summary or an uncited document does not", async () => {
    const before = await procedureKeys('vi');
    set(store.legal.vi[0], 'summary', 'Khác');
    set(store.legal.vi[1], 'title', 'Thông tư b (sửa)');
    expect(changed(before, await procedureKeys('vi'))).toEqual([]);
  });

  it('an English guide shows the Vietnamese document where no translation exists, and the translation where one does', async () => {
    const before = await procedureKeys('en');
    set(store.legal.vi[3], 'title', 'Nghị định d (sửa)');
    expect(changed(before, await procedureKeys('en'))).toEqual(['p']);
    const before2 = await procedureKeys('en');
    set(store.legal.vi[0], 'title', 'Nghị định a (sửa)'); // a has an English translation: the English title is shown
    expect(changed(before2, await procedureKeys('en'))).toEqual([]);
    set(store.legal.en[0], 'title', 'Decree a (edited)');
    expect(changed(before2, await procedureKeys('en'))).toEqual(['p']);
    // A translation of d appears, its title still the Vietnamese one: the guide now links the English page.
    const before3 = await procedureKeys('en');
    const vi = store.legal.vi[3]!.data;
    store.legal.en.push(doc('en', 'd', { issued: vi.issued, title: vi.title, number: vi.number }, 'het-hieu-luc'));
    expect(changed(before3, await procedureKeys('en'))).toEqual(['p']);
  });

  it("the guide's own entry, its translation's existence and the settings", async () => {
    const before = await procedureKeys('vi');
    store.procedures.vi[1]!.entry = { digest: 'vi/q#2' };
    expect(changed(before, await procedureKeys('vi'))).toEqual(['q']);
    const before2 = await procedureKeys('vi');
    store.procedures.en.push({ slug: 'q', lang: 'en', data: { title: 'Procedure q' }, entry: { digest: 'en/q#1' } });
    expect(changed(before2, await procedureKeys('vi'))).toEqual(['q']);
    const before3 = await procedureKeys('vi');
    store.settings.vi = { ...store.settings.vi, authorityName: 'Ban Quản lý' };
    expect(changed(before3, await procedureKeys('vi'))).toEqual(['p', 'q', 'r']);
  });

  it('a legal basis pointing at nothing still gets a key (the content gate refuses it before)', async () => {
    set(store.procedures.vi[1], 'legalBasis', [{ document: 'khong-co' }]);
    expect((await procedureKeys('vi')).get('q')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('news pages', () => {
  it('an article is rendered again when its own entry or its translation changes', async () => {
    const before = await newsArticleKeys('vi');
    expect([...before.keys()].sort()).toEqual(['n1', 'n2']);
    set(store.news.vi[1], 'summary', 'Tóm tắt mới');
    expect(changed(before, await newsArticleKeys('vi'))).toEqual(['n2']);
    const before2 = await newsArticleKeys('vi');
    store.news.en.push({ slug: 'n2', lang: 'en', data: { title: 'News n2', published: '2024-03-01', tags: [] }, entry: { digest: 'en/n2#1' } });
    expect(changed(before2, await newsArticleKeys('vi'))).toEqual(['n2']);
    const before3 = await newsArticleKeys('vi');
    store.news.vi[0]!.entry = { digest: 'vi/n1#2' };
    expect(changed(before3, await newsArticleKeys('vi'))).toEqual(['n1']);
  });

  it('the list and tag pages change with any item of either language and with the settings, not with legal documents', async () => {
    const first = await newsListKey('vi');
    expect(await newsListKey('vi')).toBe(first);
    set(store.legal.vi[0], 'title', 'Khác');
    expect(await newsListKey('vi')).toBe(first);
    set(store.news.vi[0], 'title', 'Tin n1 (sửa)');
    const second = await newsListKey('vi');
    expect(second).not.toBe(first);
    set(store.news.en[0], 'tags', ['bao-cao']);
    const third = await newsListKey('vi');
    expect(third).not.toBe(second);
    store.settings.vi = { ...store.settings.vi, hotline: '1' };
    expect(await newsListKey('vi')).not.toBe(third);
    expect(await newsListKey('en')).not.toBe(await newsListKey('vi'));
  });
});
