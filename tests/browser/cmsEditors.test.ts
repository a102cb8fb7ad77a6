/**
 * The CMS as a new editor meets it, in Chromium with the real Decap editor and the local backend
 * (our own decap-server on a copy of the repository): the content gate's rules run in the editor and
 * refuse, in Vietnamese, what the build would refuse — before anything is written to content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launch } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { configFor, copyRepository, removeCopy, startDecapServer, type DecapServer } from '../helpers/cms.ts';
import { control, pane } from '../helpers/decapUi.ts';
import { fillEntry } from '../helpers/decapFill.ts';
import { distDir } from '../helpers/paths.ts';
import { collectionDefs, type CollectionDef } from '../../src/schemas/index.ts';
import { fromMdx } from '../../src/lib/cmsFormat.ts';
import { runContentGate } from '../../src/lib/contentGate.ts';

const SHOTS = '/tmp/shots/cms-editors';
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
  let repo: string;
  let decap: DecapServer;
  let site: StaticServer;
  let browser: Browser;
  let config: string;

  async function openCms(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('dialog', (d) => void d.accept());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.route('**/admin/config.yml', (r) => r.fulfill({ body: config, contentType: 'text/yaml; charset=utf-8' }));
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(legal.label.vi).first().waitFor({ timeout: 60_000 });
    return page;
  }

  async function openEntry(page: Page, slug: string) {
    await page.goto(`${site.url}/admin/#/collections/legal/entries/${slug}`);
    await page.reload();
    await control(pane(page, 'vi'), 'summary').waitFor({ timeout: 60_000 });
  }

  async function openNew(page: Page) {
    await page.goto(`${site.url}/admin/#/collections/legal/new`);
    await page.reload();
    await control(pane(page, 'vi'), 'title').waitFor({ timeout: 60_000 });
  }

  async function pressPublish(page: Page) {
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay', { exact: true }).click();
  }

  /** The gate's summary box shows `text`; returns its whole text. */
  async function summaryShows(page: Page, text: string): Promise<string> {
    const box = page.locator('.heza-gate');
    await box.filter({ hasText: text }).waitFor({ timeout: 30_000 });
    return box.innerText();
  }

  /** Decap shows `text` beside the field `name` of the Vietnamese pane. */
  async function besideField(page: Page, name: string, text: string) {
    const container = pane(page, 'vi')
      .locator('div', { has: page.locator(`label[for^="${name}-field-"]`) })
      .filter({ has: page.locator('li', { hasText: text }) })
      .last();
    await container.waitFor({ timeout: 30_000 });
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    repo = copyRepository();
    decap = await startDecapServer(repo);
    site = await serveDist(distDir);
    config = configFor(readFileSync(join(distDir, 'admin', 'config.yml'), 'utf8'), decap.url);
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await decap?.stop();
    if (repo && !process.env.HEZA_KEEP_CMS_COPY) removeCopy(repo);
    else if (repo) console.log(`kept the repository copy at ${repo}`);
  });

  it('refuses dates out of order and a status checked in the future, in Vietnamese, writing nothing', async () => {
    const before = contentFiles(repo);
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
    expect(contentFiles(repo)).toEqual(before);
    await page.context().close();
  }, 180_000);

  it('refuses a document number written with D where the issuer writes Đ', async () => {
    const before = contentFiles(repo);
    const page = await openCms();
    await openEntry(page, '01-2018-tt-vpcp');
    await control(pane(page, 'vi'), 'number').fill('995/2026/ND-CP');
    await pressPublish(page);
    await besideField(page, 'number', 'viết NĐ bằng chữ Đ');
    await summaryShows(page, 'viết NĐ bằng chữ Đ');
    expect(contentFiles(repo)).toEqual(before);
    await page.context().close();
  }, 180_000);

  it('refuses a number already used and an empty English title, then saves nothing', async () => {
    const before = contentFiles(repo);
    const page = await openCms();
    await openNew(page);
    await fillEntry(page, pane(page, 'vi'), legal.fields, 'vi', 'Thử nghiệm');
    await fillEntry(page, pane(page, 'en'), legal.fields, 'en', 'Test', ['title']);
    await control(pane(page, 'vi'), 'number').fill('61/2018/NĐ-CP');
    await summaryShows(page, 'Số ký hiệu 61/2018/NĐ-CP đã có');
    await summaryShows(page, '(bản tiếng Anh): Chưa điền');
    await pressPublish(page);
    await besideField(page, 'number', 'Số ký hiệu 61/2018/NĐ-CP đã có');
    // A number of its own: the Vietnamese side is now right, the English title still missing.
    await control(pane(page, 'vi'), 'number').fill('995/2026/NĐ-CP');
    await pressPublish(page);
    await page.getByText(/chưa lưu vì còn 1 lỗi/).first().waitFor({ timeout: 30_000 });
    expect(contentFiles(repo)).toEqual(before);
    await page.context().close();
  }, 300_000);

  it('refuses a document without sources', async () => {
    const before = contentFiles(repo);
    const page = await openCms();
    await openNew(page);
    await fillEntry(page, pane(page, 'vi'), legal.fields, 'vi', 'Thử nghiệm', ['sources']);
    await fillEntry(page, pane(page, 'en'), legal.fields, 'en', 'Test', ['sources']);
    await pressPublish(page);
    await summaryShows(page, 'Nguồn thông tin');
    expect(contentFiles(repo)).toEqual(before);
    await page.context().close();
  }, 300_000);

  it('writes a relation typed once in Vietnamese into both files, and the gate passes', async () => {
    const page = await openCms();
    await openNew(page);
    await fillEntry(page, pane(page, 'vi'), legal.fields, 'vi', 'Quan hệ');
    // The English side: its own texts, no relation typed.
    await fillEntry(page, pane(page, 'en'), legal.fields, 'en', 'Relation', ['relations']);
    await control(pane(page, 'vi'), 'number').fill('996/2026/NĐ-CP');
    await pressPublish(page);
    await page.getByText('Mục đã được lưu').first().waitFor({ timeout: 60_000 });
    await page.context().close();
    const slug = '996-2026-nd-cp';
    const read = (lang: string) => fromMdx(readFileSync(join(repo, 'content/legal', lang, `${slug}.mdx`), 'utf8'));
    const vi = read('vi').relations as { type: string; target: string }[];
    const en = read('en').relations as { type: string; target: string }[];
    expect(vi.length).toBe(1);
    expect(en.map((r) => [r.type, r.target])).toEqual(vi.map((r) => [r.type, r.target]));
    expect(runContentGate(repo).problems).toEqual([]);
  }, 300_000);
});
