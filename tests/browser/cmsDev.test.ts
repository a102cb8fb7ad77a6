/**
 * The CMS under the dev server, as `npm start` runs it for an editor: `astro dev` serves /admin with
 * Decap's browser build from node_modules (src/cms/integration.ts) and React's production
 * files (Decap's react-dom fails with React's development build). Run on a copy of the repository,
 * with our own decap-server, so nothing is written to the real content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { hasChromium, launch, watchedPage } from '../helpers/browser.ts';
import { control, pane, publishNow } from '../helpers/decapUi.ts';
import { configFor, copyRepository, freePort, removeCopy, startDecapServer, type DecapServer } from '../helpers/cms.ts';
import { collectionDefs } from '../../src/schemas/index.ts';
import { decapEntryUrl } from '../../src/cms/decapBundle.ts';

describe.skipIf(!hasChromium)('the CMS under astro dev (npm start)', () => {
  let repo: string;
  let decap: DecapServer;
  let dev: ChildProcess;
  let url: string;
  let browser: Browser;
  const log: string[] = [];

  beforeAll(async () => {
    repo = copyRepository();
    decap = await startDecapServer(repo);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: repo,
      // Without the test runner's variables (NODE_ENV=test, VITEST…), as an editor's shell has them.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
    dev.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
    // astro dev answers in seconds on an idle machine, in minutes on a busy one.
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (dev.exitCode !== null) throw new Error(`astro dev exited (${dev.exitCode}):\n${log.join('')}`);
      const ok = await fetch(`${url}/admin/`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`astro dev did not answer at ${url}/admin/:\n${log.join('')}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (dev?.exitCode === null && dev.pid) {
      const exited = new Promise((r) => dev.once('exit', r));
      process.kill(dev.pid, 'SIGTERM');
      await exited;
    }
    await decap?.stop();
    if (repo) removeCopy(repo);
  });

  it('serves Decap’s browser build from node_modules, and nothing else under its folder', async () => {
    const js = await fetch(`${url}${decapEntryUrl()}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toContain('DecapCmsApp');
    expect((await fetch(`${url}${decapEntryUrl().replace('decap-cms-app.js', 'no-such-file.js')}`)).status).toBe(404);
  });

  it('opens the editor and lists the collections, without a page error', async () => {
    const { page, errors, offMachine } = await watchedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const config = configFor(await (await fetch(`${url}/admin/config.yml`)).text(), decap.url);
    await page.route('**/admin/config.yml', (r) => r.fulfill({ body: config, contentType: 'text/yaml; charset=utf-8' }));
    await page.goto(`${url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    for (const def of Object.values(collectionDefs)) await page.getByText(def.label.vi).first().waitFor({ timeout: 30_000 });
    await page.close();
    expect(errors).toEqual([]);
    expect(offMachine).toEqual([]);
  }, 90_000);

  it('a save in one CMS tab does not reload another (a public page does reload)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const config = configFor(await (await fetch(`${url}/admin/config.yml`)).text(), decap.url);
    await context.route('**/admin/config.yml', (r) => r.fulfill({ body: config, contentType: 'text/yaml; charset=utf-8' }));
    const open = async (slug: string) => {
      const page = await context.newPage();
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${url}/admin/#/collections/legal/entries/${slug}`);
      // The first tab logs in; the next ones find the login remembered.
      const login = page.getByRole('button', { name: 'Đăng nhập' });
      const field = control(pane(page, 'vi'), 'summary');
      await login.or(field).first().waitFor({ timeout: 90_000 });
      if (await login.isVisible()) await login.click();
      await field.waitFor({ timeout: 90_000 });
      return page;
    };
    const other = await open('01-2018-tt-vpcp');
    // An unsaved edit in the other tab, and marks that a reload would wipe out.
    await control(pane(other, 'vi'), 'statusNote').fill('Đang sửa, chưa lưu.');
    await other.evaluate(() => Object.assign(window, { stillHere: true }));
    const reader = await context.newPage();
    await reader.goto(`${url}/vi/`);
    await reader.evaluate(() => Object.assign(window, { stillHere: true }));

    const editor = await open('107-2021-nd-cp');
    const summary = control(pane(editor, 'vi'), 'summary');
    await summary.fill(`${await summary.inputValue()} Rà soát lại.`);
    await publishNow(editor);
    // The dev server saw the save: the public page reloads (the control that the test can fail)…
    await reader.waitForFunction(() => !(window as { stillHere?: boolean }).stillHere, undefined, { timeout: 90_000 });
    // …and the other CMS tab did not: same window, the unsaved edit still there.
    expect(await other.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await control(pane(other, 'vi'), 'statusNote').inputValue()).toBe('Đang sửa, chưa lưu.');
    await context.close();
  }, 300_000);
});
