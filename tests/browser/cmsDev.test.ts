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
});
