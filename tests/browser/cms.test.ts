/**
 * The CMS as an editor uses it: Decap (the built /admin page) in Chromium, saving through our own
 * decap-server (local backend, fs mode) into a temporary copy of the repository — never the real
 * content/. Entries created here must pass the content gate and be published by a real Astro build,
 * showing the body exactly as typed; opening and saving existing entries must lose nothing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.ts';
import { cmsInBrowser } from '../helpers/cms.ts';
import { validPair } from '../helpers/contentFixture.ts';
import { control, bodyEditor, pane, publishNow } from '../helpers/decapUi.ts';
import { fillEntry, insertImage } from '../helpers/decapFill.ts';
import { distDir } from '../helpers/paths.ts';
import { walk } from '../helpers/dist.ts';
import { buildTimeout, astroBuild } from '../helpers/buildProject.ts';
import { collectionDefs, type CollectionDef } from '../../src/schemas/index.ts';
import { cmsFields } from '../../src/schemas/fields.ts';
import { fromMdx, fromYaml } from '../../src/cms/format.ts';
import { runContentGate } from '../../src/pipeline/gate/contentGate.ts';

const defs = Object.entries(collectionDefs) as [string, CollectionDef][];
/** One step in the CMS (load it, open an entry, act, save): seconds when idle, over a minute on a busy
 * machine. Tests are given this per step they take, and Playwright waits as long for a navigation. */
const UI_STEP_MS = 90_000;

const entryFile = (repo: string, def: CollectionDef, lang: string, slug: string) => join(repo, 'content', def.folder, lang, `${slug}.${def.extension}`);

function readEntry(repo: string, def: CollectionDef, lang: string, slug: string) {
  const text = readFileSync(entryFile(repo, def, lang, slug), 'utf8');
  return def.extension === 'mdx' ? fromMdx(text) : fromYaml(text);
}

function slugsOf(repo: string, def: CollectionDef): string[] {
  const dir = join(repo, 'content', def.folder, 'vi');
  if (!existsSync(dir)) return [];
  const ext = `.${def.extension}`;
  return readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
}

/** What an editor types into a body: braces, a stray <, HTML-looking text and a line starting "export". */
const TYPED = {
  vi: ['Giá {50.000} đồng; a < b và <b>không đậm</b>.', 'export khẩu hàng hoá theo {quy định}'],
  en: ['Fee {50,000} VND; a < b and <i>not italic</i>.', 'import of goods under {rules}'],
};

/** What Word puts on the clipboard for one paragraph, and what the page must then show. */
const WORD_HTML =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment--><p class=MsoNormal>' +
  'Phí <b>{200.000}</b> đồng<o:p></o:p> – hạn 5 &lt; 7 ngày</p><!--EndFragment--></body></html>';
const PASTED = 'Phí {200.000} đồng – hạn 5 < 7 ngày';

describe.skipIf(!hasChromium)('the CMS in Chromium, with the local backend, on a copy of the repository', () => {
  const cms = cmsInBrowser({
    // Relations need a target: seed a legal document when the copy has none yet.
    prepare: (repo) => {
      if (slugsOf(repo, collectionDefs.legal).length > 0) return;
      for (const [path, text] of Object.entries(validPair())) {
        mkdirSync(join(repo, 'content', path, '..'), { recursive: true });
        writeFileSync(join(repo, 'content', path), text);
      }
    },
  });
  const problems: string[] = [];

  async function openCms(): Promise<Page> {
    const { page, errors, offMachine } = await cms.open({
      onDialog: (d) => {
        // Leaving the editor after a save may still ask "leave this page?" (Decap marks some forms as
        // changed right after saving); what was saved is checked from the files themselves.
        if (d.type() === 'beforeunload') return void d.accept();
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      },
      beforeLoad: (p) => p.setDefaultNavigationTimeout(UI_STEP_MS),
      timeout: UI_STEP_MS,
    });
    page.on('close', () => problems.push(...errors, ...offMachine.map((u) => `off-machine request: ${u}`)));
    return page;
  }

  it('serves the generated configuration at /admin/config.yml and loads no script from elsewhere', () => {
    expect(readFileSync(join(distDir, 'admin', 'config.yml'), 'utf8')).toBe(readFileSync('admin/config.yml', 'utf8'));
    const html = readFileSync(join(distDir, 'admin', 'index.html'), 'utf8');
    const scripts = parseHtml(html).querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src.startsWith('/')).toBe(true);
  });

  it('opens and saves one entry of every collection, losing and rewriting no other field', async () => {
    const page = await openCms();
    for (const [name, def] of defs) {
      const slug = slugsOf(cms.repo, def)[0];
      if (!slug) continue;
      const before = { vi: readEntry(cms.repo, def, 'vi', slug), en: readEntry(cms.repo, def, 'en', slug) };
      const raw = readFileSync(entryFile(cms.repo, def, 'vi', slug), 'utf8');
      // A fresh load per entry: Decap shows an empty form when it goes straight from one collection's
      // entry to another's.
      await page.goto(`${cms.site.url}/admin/#/collections/${name}/entries/${slug}`);
      await page.reload();
      const vi = pane(page, 'vi');
      // A translated text field to change, so that Decap lets the entry be saved.
      const field = cmsFields(def.fields).find((f) => f.i18n === true && (f.widget === 'string' || f.widget === 'text'))!;
      const input = control(vi, field.name);
      await input.waitFor({ timeout: 30_000 }).catch(async (e: unknown) => {
        await page.screenshot({ path: `/tmp/shots/cms/fail-open-${name}.png` }).catch(() => {});
        throw e;
      });
      const original = await input.inputValue();
      // Decap saves only a changed entry: change one field and save. The save writes every field from the
      // editor's state, so any field the CMS dropped or rewrote would show below, in either file.
      await input.fill(`${original} x`);
      await page.screenshot({ path: `/tmp/shots/cms/editor-${name}.png` }).catch(() => {});
      await publishNow(page);
      expect(readEntry(cms.repo, def, 'vi', slug), `${name}/vi/${slug}`).toEqual({ ...before.vi, [field.name]: `${original} x` });
      expect(readEntry(cms.repo, def, 'en', slug), `${name}/en/${slug}`).toEqual(before.en);
      // The next tests start from the repository as it was.
      writeFileSync(entryFile(cms.repo, def, 'vi', slug), raw);
    }
    await page.context().close();
  }, defs.length * UI_STEP_MS);

  it('creates an entry of every collection in both languages, which passes the content gate and a build publishes', async () => {
    const page = await openCms();
    const created: { name: string; def: CollectionDef; slug: string }[] = [];
    for (const [name, def] of defs) {
      if (def.singleFile) continue;
      const existing = new Set(slugsOf(cms.repo, def));
      await page.goto(`${cms.site.url}/admin/#/collections/${name}/new`);
      await page.reload();
      const vi = pane(page, 'vi');
      const en = pane(page, 'en');
      await vi
        .locator('[id*="-field-"]')
        .first()
        .waitFor({ timeout: 30_000 })
        .catch(async (e: unknown) => {
          await page.screenshot({ path: `/tmp/shots/cms/fail-new-${name}.png` }).catch(() => {});
          throw e;
        });
      await fillEntry(page, vi, def.fields, 'vi', 'Thử nghiệm');
      await fillEntry(page, en, def.fields, 'en', 'Test');
      if (def.extension === 'mdx') {
        for (const lang of ['vi', 'en'] as const) {
          await bodyEditor(pane(page, lang)).click();
          for (const line of TYPED[lang]) {
            await page.keyboard.type(line);
            await page.keyboard.press('Enter');
          }
        }
        // Text pasted from Word arrives as HTML on the clipboard: put it there and press Ctrl+V.
        await page.evaluate(
          async ([html, plain]) => {
            const item = new ClipboardItem({
              'text/html': new Blob([html], { type: 'text/html' }),
              'text/plain': new Blob([plain], { type: 'text/plain' }),
            });
            await navigator.clipboard.write([item]);
          },
          [WORD_HTML, PASTED] as const,
        );
        await bodyEditor(pane(page, 'vi')).focus();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+V');
        // A picture in the body, through the Image editor component and the media library.
        await insertImage(page, pane(page, 'vi'));
      }
      await page.screenshot({ path: `/tmp/shots/cms/new-${name}.png` }).catch(() => {});
      await publishNow(page);
      const slug = slugsOf(cms.repo, def).find((s) => !existing.has(s));
      expect(slug, `a new ${name} entry was written`).toBeTruthy();
      created.push({ name, def, slug: slug! });
    }
    await page.context().close();

    for (const { name, def, slug } of created) {
      for (const lang of ['vi', 'en'] as const) {
        const data = readEntry(cms.repo, def, lang, slug);
        for (const f of cmsFields(def.fields)) {
          if (f.required) expect(data[f.name], `${name}/${lang}/${slug} › ${f.name}`).toBeDefined();
        }
      }
    }
    // Uploads land in the repository copy, where the entries point.
    const uploads = walk(join(cms.repo, 'public')).filter((f) => /tep-thu-nghiem|anh-thu-nghiem/.test(f));
    expect(uploads.length).toBeGreaterThan(0);

    const gate = runContentGate(cms.repo);
    expect(gate.problems).toEqual([]);

    const build = astroBuild(cms.repo);
    expect(build.status, build.output.slice(-4000)).toBe(0);

    const pages = walk(join(cms.repo, 'dist')).filter((f) => f.endsWith('index.html'));
    for (const { name, def, slug } of created) {
      for (const lang of ['vi', 'en'] as const) {
        const file = pages.find((p) => relative(join(cms.repo, 'dist'), p).startsWith(`${lang}/`) && p.endsWith(`/${slug}/index.html`));
        expect(file, `the ${lang} page of ${name}/${slug} was built`).toBeTruthy();
        if (def.extension !== 'mdx') continue;
        const text = parseHtml(readFileSync(file!, 'utf8')).querySelector('main')!.text.replace(/\s+/g, ' ');
        for (const line of TYPED[lang]) expect(text, `${name}/${lang}/${slug}`).toContain(line);
        if (lang === 'vi') {
          expect(text, `${name}/vi/${slug}: pasted from Word`).toContain(PASTED);
          // The uploaded picture went through Astro's image pipeline (sharp): a processed file in /_astro/.
          const img = parseHtml(readFileSync(file!, 'utf8')).querySelector('main .prose img, main img[src^="/_astro/"]');
          expect(img?.getAttribute('src'), `${name}/vi/${slug}: processed image`).toMatch(/^\/_astro\/anh-thu-nghiem-\d+\.[\w-]+\.(webp|png|avif)$/);
          expect(img?.getAttribute('width')).toBeTruthy();
        }
      }
    }
  }, buildTimeout(1, defs.length * 2 * UI_STEP_MS));

  it('previews an entry of every collection with the site’s own stylesheet', async () => {
    const page = await openCms();
    for (const [name, def] of defs) {
      const slug = slugsOf(cms.repo, def)[0];
      if (!slug) continue;
      await page.goto(`${cms.site.url}/admin/#/collections/${name}/entries/${slug}`);
      await page.reload();
      await pane(page, 'vi').locator('[id*="-field-"]').first().waitFor({ timeout: 30_000 });
      // Decap remembers whether the preview is shown; turn it on when it is off.
      await page.waitForTimeout(500);
      if ((await page.locator('iframe').count()) === 0) await page.getByRole('button', { name: 'Hiện hoặc ẩn bản xem trước' }).click();
      const frame = page.frameLocator('iframe').first();
      await frame.locator('main h1').waitFor({ state: 'attached', timeout: 15_000 });
      const data = readEntry(cms.repo, def, 'vi', slug);
      expect((await frame.locator('main h1').textContent())?.trim(), name).toBe(String(data.title ?? data.authorityName));
      const css = await frame.locator('style').allTextContents();
      expect(css.join('\n'), `${name}: the site's stylesheet`).toContain('.meta-table');
      await page.screenshot({ path: `/tmp/shots/cms/preview-${name}.png` }).catch(() => {});
    }
    await page.context().close();
  }, defs.length * UI_STEP_MS);

  it('edits a legal document and saves only what changed', async () => {
    const def = collectionDefs.legal as CollectionDef;
    const slug = slugsOf(cms.repo, def)[0]!;
    const before = readEntry(cms.repo, def, 'vi', slug);
    const page = await openCms();
    await page.goto(`${cms.site.url}/admin/#/collections/legal/entries/${slug}`);
    await page.reload();
    const vi = pane(page, 'vi');
    await control(vi, 'summary').waitFor({ timeout: 30_000 });
    await control(vi, 'summary').fill('Tóm tắt đã sửa: phí {0} đồng, a < b.');
    await control(vi, 'statusCheckedOn').fill('2026-11-28');
    await publishNow(page);
    await page.context().close();
    const after = readEntry(cms.repo, def, 'vi', slug);
    expect(after).toEqual({ ...before, summary: 'Tóm tắt đã sửa: phí {0} đồng, a < b.', statusCheckedOn: '2026-11-28' });
    // statusCheckedOn is shared by both languages: Decap writes it into the English file too.
    expect(readEntry(cms.repo, def, 'en', slug).statusCheckedOn).toBe('2026-11-28');
    expect(runContentGate(cms.repo).problems).toEqual([]);
  }, 3 * UI_STEP_MS);

  it('saw no page error and no request leaving the machine', () => {
    expect(problems).toEqual([]);
  });
});
