/**
 * The CMS as a new editor meets it, in Chromium with the real Decap editor and the local backend
 * (our own decap-server on a copy of the repository): the content gate's rules run in the editor and
 * refuse, in Vietnamese, what the build would refuse — before anything is written to content/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.ts';
import { cmsInBrowser } from '../helpers/cms.ts';
import { bodyEditor, control, pane } from '../helpers/decapUi.ts';
import { parse as parseHtml } from 'node-html-parser';
import { astroBuild, buildTimeout } from '../helpers/buildProject.ts';
import { fillEntry } from '../helpers/decapFill.ts';
import { collectionDefs, type CollectionDef } from '../../src/schemas/index.ts';
import { fromMdx } from '../../src/cms/format.ts';
import { statusLabels } from '../../src/schemas/legal.vocab.ts';
import { todayInVietnam } from '../../src/lib/formatDate.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';

const SHOTS = '/tmp/shots/cms-editors';

/** A fee table as Word puts it on the clipboard: no heading row, a paragraph in every cell. */
const WORD_TABLE =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->' +
  '<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Loại phí<o:p></o:p></p></td><td><p class=MsoNormal>Mức thu<o:p></o:p></p></td></tr>' +
  '<tr><td><p class=MsoNormal>Cấp mới</p></td><td><p class=MsoNormal>50.000 đồng</p></td></tr>' +
  '<tr><td><p class=MsoNormal>Gia hạn</p></td><td><p class=MsoNormal>25.000 đồng</p></td></tr></table>' +
  '<!--EndFragment--></body></html>';
const legal = collectionDefs.legal as CollectionDef;

/** Every file under content/ with its text: what "nothing was written" is checked against. */
function contentFiles(repo: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(repo, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(repo, 'content'));
  return out;
}

describe.skipIf(!hasChromium)('the content gate inside the CMS', () => {
  const cms = cmsInBrowser();
  /** Checks of built pages, run after the one build at the end. */
  const published: (() => void)[] = [];
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  async function openCms(viewport = { width: 1400, height: 950 }): Promise<Page> {
    const { page } = await cms.open({
      viewport,
      beforeLoad: (p) => {
        p.setDefaultTimeout(60_000);
        p.setDefaultNavigationTimeout(120_000);
      },
      timeout: 120_000,
    });
    return page;
  }

  async function openEntry(page: Page, slug: string) {
    await page.goto(`${cms.site.url}/admin/#/collections/legal/entries/${slug}`);
    await page.reload();
    await control(pane(page, 'vi'), 'summary').waitFor({ timeout: 60_000 });
  }

  async function openNew(page: Page) {
    await page.goto(`${cms.site.url}/admin/#/collections/legal/new`);
    await page.reload();
    await control(pane(page, 'vi'), 'title').waitFor({ timeout: 60_000 });
  }

  /**
   * Replaces what a text box holds, as an editor does (select all, type). Playwright's fill() would
   * append to a Decap text box typed into before: Decap puts the caret back where it was.
   */
  async function retype(page: Page, name: string, value: string) {
    const input = control(pane(page, 'vi'), name);
    await input.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toBe(value);
  }

  async function pressPublish(page: Page) {
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay', { exact: true }).click();
  }

  /** Waits for a locator; on failure says what the gate's box showed and keeps a screenshot. */
  async function waitOrTell(page: Page, what: string, wait: Promise<unknown>) {
    await wait.catch(async (e: unknown) => {
      const shot = `${SHOTS}/fail-${what.replace(/\W+/g, '-').slice(0, 40)}.png`;
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      const box = await page.locator('.heza-gate').innerText().catch(() => '(no summary)');
      const toasts = await page.locator('[role="alert"], [class*="toast" i]').allInnerTexts().catch(() => []);
      throw new Error(`${what}: ${String(e)}\nsummary: ${box}\ntoasts: ${toasts.join(' | ')}\nscreenshot: ${shot}`);
    });
  }

  /** The gate's summary box shows `text`; returns its whole text. */
  async function summaryShows(page: Page, text: string): Promise<string> {
    const box = page.locator('.heza-gate');
    await waitOrTell(page, `summary shows ${text}`, box.filter({ hasText: text }).waitFor({ timeout: 30_000 }));
    return box.innerText();
  }

  /** Decap shows `text` beside the field `name` of the Vietnamese pane. */
  async function besideField(page: Page, name: string, text: string) {
    const container = pane(page, 'vi')
      .locator('div', { has: page.locator(`label[for^="${name}-field-"]`) })
      .filter({ has: page.locator('li', { hasText: text }) })
      .last();
    await waitOrTell(page, `beside ${name}: ${text}`, container.waitFor({ timeout: 30_000 }));
  }

  it('refuses dates out of order and a status checked in the future, in Vietnamese, writing nothing', async () => {
    const before = contentFiles(cms.repo);
    const page = await openCms();
    await openEntry(page, '01-2018-tt-vpcp');
    const vi = pane(page, 'vi');
    await control(vi, 'effective').fill('01/01/2000');
    await control(vi, 'statusCheckedOn').fill('01/01/2099');
    // Shown as the editor types, before any save.
    await summaryShows(page, 'Ngày có hiệu lực trước ngày ban hành');
    await pressPublish(page);
    await besideField(page, 'effective', 'Ngày có hiệu lực trước ngày ban hành');
    await besideField(page, 'statusCheckedOn', 'Ngày kiểm tra ở tương lai');
    const summary = await summaryShows(page, 'Ngày kiểm tra ở tương lai');
    expect(summary).toContain('Chưa thể công bố');
    await page.screenshot({ path: `${SHOTS}/editor-errors.png` });
    expect(contentFiles(cms.repo)).toEqual(before);
    await page.context().close();
  }, 180_000);

  it('refuses a document number written with D where the issuer writes Đ', async () => {
    const before = contentFiles(cms.repo);
    const page = await openCms();
    await openEntry(page, '01-2018-tt-vpcp');
    await control(pane(page, 'vi'), 'number').fill('995/2026/ND-CP');
    await pressPublish(page);
    await besideField(page, 'number', 'viết NĐ bằng chữ Đ');
    await summaryShows(page, 'viết NĐ bằng chữ Đ');
    expect(contentFiles(cms.repo)).toEqual(before);
    await page.context().close();
  }, 180_000);

  it('refuses a number already used and an empty English title, then saves nothing', async () => {
    const before = contentFiles(cms.repo);
    const page = await openCms();
    await openNew(page);
    await fillEntry(page, pane(page, 'vi'), legal.fields, 'vi', 'Thử nghiệm');
    await fillEntry(page, pane(page, 'en'), legal.fields, 'en', 'Test', ['title']);
    await retype(page, 'number', '61/2018/NĐ-CP');
    await summaryShows(page, 'Số ký hiệu 61/2018/NĐ-CP đã có');
    await summaryShows(page, '(bản tiếng Anh): Chưa điền');
    await pressPublish(page);
    await besideField(page, 'number', 'Số ký hiệu 61/2018/NĐ-CP đã có');
    // A number of its own: the Vietnamese side is now right, the English title still missing.
    await retype(page, 'number', '995/2026/NĐ-CP');
    await pressPublish(page);
    await waitOrTell(page, 'refused', page.getByText(/chưa lưu vì còn 1 lỗi/).first().waitFor({ timeout: 30_000 }));
    expect(contentFiles(cms.repo)).toEqual(before);
    await page.context().close();
  }, 300_000);

  it('refuses a document without sources', async () => {
    const before = contentFiles(cms.repo);
    const page = await openCms();
    await openNew(page);
    await fillEntry(page, pane(page, 'vi'), legal.fields, 'vi', 'Thử nghiệm', ['sources']);
    await fillEntry(page, pane(page, 'en'), legal.fields, 'en', 'Test', ['sources']);
    await pressPublish(page);
    await summaryShows(page, 'Nguồn thông tin');
    expect(contentFiles(cms.repo)).toEqual(before);
    await page.context().close();
  }, 300_000);

  it('writes a relation typed once in Vietnamese into both files, which the content gate accepts (published: last test)', async () => {
    const page = await openCms();
    await openNew(page);
    await fillEntry(page, pane(page, 'vi'), legal.fields, 'vi', 'Quan hệ');
    // The English side: its own texts, no relation typed.
    await fillEntry(page, pane(page, 'en'), legal.fields, 'en', 'Relation', ['relations']);
    await retype(page, 'number', '996/2026/NĐ-CP');
    await pressPublish(page);
    await waitOrTell(page, 'saved', page.getByText('Mục đã được lưu').first().waitFor({ timeout: 60_000 }));
    await page.context().close();
    const slug = '996-2026-nd-cp';
    const read = (lang: string) => fromMdx(readFileSync(join(cms.repo, 'content/legal', lang, `${slug}.mdx`), 'utf8'));
    const vi = read('vi').relations as { type: string; target: string }[];
    const en = read('en').relations as { type: string; target: string }[];
    expect(vi.length).toBe(1);
    expect(en.map((r) => [r.type, r.target])).toEqual(vi.map((r) => [r.type, r.target]));
    expect(runContentGate(cms.repo).problems).toEqual([]);
    published.push(() => {
      const html = parseHtml(readFileSync(join(cms.repo, 'dist/en/legal', slug, 'index.html'), 'utf8'));
      expect(html.querySelectorAll('ul.relations li').length, 'the relation on the English page').toBe(1);
    });
  }, 600_000);

  it('a table pasted from Word lands as a Markdown table (published as a table: last test)', async () => {
    const page = await openCms();
    await openEntry(page, '23-ct-ttg-2021');
    await bodyEditor(pane(page, 'vi')).click();
    await page.keyboard.press('Control+End');
    // Slate reads where the caret went at most every 100 ms (its selectionchange handler is throttled).
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.evaluate(async ([html, plain]) => {
      const item = new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) });
      await navigator.clipboard.write([item]);
    }, [WORD_TABLE, 'Loại phí Mức thu'] as const);
    await page.keyboard.press('Control+V');
    // The editor shows it as a table (the "Bảng" component), not as one run-on line.
    await waitOrTell(page, 'table in the editor', pane(page, 'vi').getByText('Bảng', { exact: true }).first().waitFor({ timeout: 30_000 }));
    await pressPublish(page);
    await waitOrTell(page, 'saved', page.getByText('Mục đã được lưu').first().waitFor({ timeout: 60_000 }));
    await page.context().close();
    const body = readFileSync(join(cms.repo, 'content/legal/vi/23-ct-ttg-2021.mdx'), 'utf8');
    expect(body).toMatch(/^\| Loại phí \| Mức thu \|$/m);
    expect(body).toMatch(/^\| Cấp mới \| 50\.000 đồng \|$/m);
    expect(body).not.toContain('Loại phíMức thu');
    expect(runContentGate(cms.repo).problems).toEqual([]);
    published.push(() => {
      const table = parseHtml(readFileSync(join(cms.repo, 'dist/vi/van-ban/23-ct-ttg-2021/index.html'), 'utf8')).querySelector('main table:not(.meta-table)');
      expect(table?.querySelectorAll('th').map((th) => th.text.trim()), 'the pasted table on the page').toEqual(['Loại phí', 'Mức thu']);
      expect(table?.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim()))).toEqual([
        ['Cấp mới', '50.000 đồng'],
        ['Gia hạn', '25.000 đồng'],
      ]);
    });
  }, 600_000);

  it('reopens "a < b" as typed, and saves it as the page shows it', async () => {
    const page = await openCms();
    await openEntry(page, '34-ct-ubnd-2017');
    await bodyEditor(pane(page, 'vi')).click();
    await page.keyboard.press('Control+End');
    // Slate reads where the caret went at most every 100 ms (its selectionchange handler is throttled).
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Điều kiện: a < b và {x}');
    await pressPublish(page);
    await waitOrTell(page, 'saved', page.getByText('Mục đã được lưu').first().waitFor({ timeout: 60_000 }));
    const file = readFileSync(join(cms.repo, 'content/legal/vi/34-ct-ubnd-2017.mdx'), 'utf8');
    expect(file).toContain('Điều kiện: a &lt; b và \\{x\\}');
    await openEntry(page, '34-ct-ubnd-2017');
    const shown = await bodyEditor(pane(page, 'vi')).innerText();
    expect(shown).toContain('Điều kiện: a < b và {x}');
    expect(shown).not.toContain('&lt;');
    await page.context().close();
  }, 300_000);

  it('changes two lines of the file when an editor changes two values', async () => {
    const slug = '107-2021-nd-cp';
    const before = readFileSync(join(cms.repo, 'content/legal/vi', `${slug}.mdx`), 'utf8');
    const page = await openCms();
    await openEntry(page, slug);
    const vi = pane(page, 'vi');
    await control(vi, 'statusCheckedOn').fill('28/11/2026');
    await control(vi, 'summary').fill(`${await control(vi, 'summary').inputValue()} Đã rà soát.`);
    await pressPublish(page);
    await waitOrTell(page, 'saved', page.getByText('Mục đã được lưu').first().waitFor({ timeout: 60_000 }));
    await page.context().close();
    const after = readFileSync(join(cms.repo, 'content/legal/vi', `${slug}.mdx`), 'utf8');
    const [a, b] = [before.split('\n'), after.split('\n')];
    const changed = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).filter((i) => a[i] !== b[i]);
    expect(changed.map((i) => b[i])).toEqual([expect.stringMatching(/^statusCheckedOn: 2026-11-28$/), expect.stringMatching(/^summary: .*Đã rà soát\."?$/)]);
  }, 300_000);

  it('lists documents with number, date, status and verified, newest first', async () => {
    const dir = join(cms.repo, 'content/legal/vi');
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => fromMdx(readFileSync(join(dir, f), 'utf8')) as { number: string; issued: string; status: string })
      .sort((a, b) => b.issued.localeCompare(a.issued));
    const page = await openCms();
    await page.goto(`${cms.site.url}/admin/#/collections/legal`);
    const rows = page.locator('a[href*="/collections/legal/entries/"]');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(docs.length);
    const texts = await rows.allInnerTexts();
    await page.screenshot({ path: `${SHOTS}/list.png` });
    const [first] = docs;
    expect(texts[0]).toContain(first!.number);
    expect(texts[0]).toContain(first!.issued.split('-').reverse().join('/'));
    // The status in words, as the page names it, not its code.
    expect(texts[0]).toContain(statusLabels[first!.status as keyof typeof statusLabels].vi);
    expect(texts.join('\n')).not.toMatch(/· (con-hieu-luc|het-hieu-luc|chua-xac-dinh|het-hieu-luc-mot-phan) ·/);
    expect(texts[0]).toMatch(/đã xác minh|chưa xác minh/);
    // Newest first, all the way down (equal dates in any order).
    const shownDates = texts.map((t) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(t)!.slice(1).reverse().join('-'));
    expect(shownDates).toEqual(docs.map((d) => d.issued));
    await page.context().close();
  }, 300_000);

  it('previews the English side with English labels, as the page shows them', async () => {
    const page = await openCms();
    await openEntry(page, '61-2018-nd-cp');
    if ((await page.locator('iframe').count()) === 0) await page.getByRole('button', { name: 'Hiện hoặc ẩn bản xem trước' }).click();
    const frame = page.frameLocator('iframe').first();
    await frame.locator('main h1').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await frame.locator('main').innerText()).toContain('Loại văn bản');
    await page.screenshot({ path: `${SHOTS}/preview-vi.png` });
    await page.getByText(/Đang viết: VI/i).first().click();
    await page.getByRole('menuitem', { name: /^EN$/i }).or(page.getByText(/^EN$/)).first().click();
    await frame.locator('main', { hasText: 'Document details' }).waitFor({ timeout: 30_000 });
    const text = await frame.locator('main').innerText();
    expect(text).toContain('Document type');
    expect(text).toContain('Decree');
    expect(text).not.toContain('Loại văn bản');
    // Relations stored on other documents show here too (incoming ones), as on the page.
    expect(text).toMatch(/Guided by|Replaced by/);
    await page.screenshot({ path: `${SHOTS}/preview-en.png` });
    await page.context().close();
  }, 300_000);
  it('shows the shared facts of a relation read-only in the English pane, mirroring the Vietnamese ones', async () => {
    const page = await openCms();
    await openEntry(page, '01-2018-tt-vpcp');
    const [vi, en] = [pane(page, 'vi'), pane(page, 'en')];
    const enRelations = control(en, 'relations');
    await enRelations.waitFor({ timeout: 60_000 });
    // The relation's type and target: shown in English, inert, with where to change them.
    for (const fact of ['type', 'target']) {
      const field = control(enRelations, fact);
      await field.waitFor({ state: 'attached', timeout: 30_000 });
      expect(await field.evaluate((el) => el.closest('[inert]') !== null), `${fact} is read-only in English`).toBe(true);
    }
    expect(await enRelations.innerText()).toContain('Dùng chung cho hai ngôn ngữ: sửa ở cột tiếng Việt.');
    // Its note is translated: editable.
    expect(await control(enRelations, 'note').evaluate((el) => el.closest('[inert]') === null)).toBe(true);
    // The Vietnamese list decides the items: no adding or removing in English.
    expect(await enRelations.getByRole('button', { name: /^Thêm/ }).count()).toBe(0);
    expect(await control(vi, 'relations').getByRole('button', { name: /^Thêm/ }).count()).toBeGreaterThan(0);
    // A type changed in Vietnamese shows at once in the English pane (the Vietnamese item opened first).
    await control(vi, 'relations').getByTestId('expand-button').first().click();
    // A drop-down with a value hides its text box until focused: open it from the keyboard.
    const viType = control(control(vi, 'relations'), 'type');
    await viType.focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('[class*="option"]', { hasText: 'Dẫn chiếu' }).first().click();
    await expect.poll(() => enRelations.innerText(), { timeout: 15_000 }).toContain('Dẫn chiếu');
    await page.screenshot({ path: `${SHOTS}/shared-facts-en.png` });
    await page.context().close();
  }, 300_000);

  it('withdraws a document with a date and a reason, and nothing is deleted (the page with its banner: last test)', async () => {
    const slug = '13-ct-ttg-2015';
    const today = todayInVietnam();
    const shown = today.split('-').reverse().join('/');
    const page = await openCms();
    await openEntry(page, slug);
    const [vi, en] = [pane(page, 'vi'), pane(page, 'en')];
    // There is no way to delete a document in the CMS.
    expect(await page.getByRole('button', { name: /^Xoá|^Xóa/ }).count()).toBe(0);
    await control(vi, 'withdrawnOn').fill(shown);
    await control(vi, 'withdrawnReason').fill('Trùng với văn bản khác đã đăng.');
    await control(en, 'withdrawnReason').fill('Duplicates another document already published.');
    // A withdrawal is a change in substance: the CMS asks for a change note.
    await pressPublish(page);
    await summaryShows(page, 'Lịch sử cập nhật');
    // The editor adds one, on top; its date is typed once, in Vietnamese.
    await control(vi, 'changes').getByRole('button', { name: /^Thêm/ }).first().click();
    const viChanges = control(vi, 'changes');
    await control(viChanges, 'date').fill(shown);
    await control(viChanges, 'note').fill('Gỡ khỏi thư viện: trùng với văn bản khác đã đăng.');
    const enChanges = control(en, 'changes');
    expect(await control(enChanges, 'date').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
    await control(enChanges, 'note').fill('Withdrawn from the library: duplicates another document.');
    await pressPublish(page);
    await waitOrTell(page, 'saved', page.getByText('Mục đã được lưu').first().waitFor({ timeout: 60_000 }));
    await page.context().close();
    const read = (lang: string) => fromMdx(readFileSync(join(cms.repo, 'content/legal', lang, `${slug}.mdx`), 'utf8'));
    const [viData, enData] = [read('vi'), read('en')];
    expect(viData.withdrawnOn).toBe(today);
    expect(enData.withdrawnOn).toBe(today);
    expect(enData.withdrawnReason).toBe('Duplicates another document already published.');
    expect((viData.changes as { date: string; note: string }[])[0]).toEqual({ date: today, note: 'Gỡ khỏi thư viện: trùng với văn bản khác đã đăng.' });
    expect((enData.changes as { date: string; note: string }[]).map((c) => c.note)).toEqual([
      'Withdrawn from the library: duplicates another document.',
      'First published.',
    ]);
    expect(runContentGate(cms.repo).problems).toEqual([]);
    published.push(() => {
      for (const [path, words] of [
        [`dist/vi/van-ban/${slug}/index.html`, 'đã được gỡ khỏi thư viện'],
        [`dist/en/legal/${slug}/index.html`, 'Duplicates another document already published.'],
      ] as const) {
        const banner = parseHtml(readFileSync(join(cms.repo, path), 'utf8')).querySelector('main [data-withdrawn]');
        expect(banner?.text, path).toContain(words);
      }
    });
  }, 600_000);

  // One build for everything saved above (a build of the whole repository is the slow part): each test
  // that saved something to publish left its check of the built page here.
  it('publishes what the editors saved: the relation, the pasted table, the withdrawal banner', () => {
    expect(published.length, 'the three saves above each left a check of their page').toBe(3);
    const build = astroBuild(cms.repo);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    for (const check of published) check();
  }, buildTimeout(1));
});
