/**
 * Helpers for the CMS tests: a throw-away copy of the repository (never the real content/), a
 * decap-server of our own on a free 127.0.0.1 port serving that copy, and the built /admin page
 * pointed at it; `cmsInBrowser` sets all of it up (with Chromium) for a describe block. Everything
 * started here is stopped by its PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Dialog, Page } from 'playwright-core';
import { launch, watch } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';
import { collectionDefs } from '../../src/schemas/index.ts';
import { copyProject } from '../../scripts/lib/projectCopy.ts';
import { tmpdir } from 'node:os';
import { tempDir } from './tmp.ts';
import { freePort } from '../../scripts/lib/net.ts';
import { join } from 'node:path';
import { distDir, root } from './paths.ts';
import { LOCAL_PROXY_PORT } from '../../src/cms/backend.ts';

/** A copy of the whole project, content included, that decap-server can write to and that builds. */
export function copyRepository(): string {
  return copyProject(root, tempDir('heza-cms-'), 'all');
}

export function removeCopy(dir: string) {
  if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

export { freePort };

export interface DecapServer {
  port: number;
  url: string;
  log: string[];
  stop: () => Promise<void>;
}

/** decap-server (fs mode, or git mode for the editorial workflow) with its repository directory set to `repo`, listening on 127.0.0.1 only. */
export async function startDecapServer(repo: string, mode: 'fs' | 'git' = 'fs'): Promise<DecapServer> {
  const port = await freePort();
  const log: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: mode, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`decap-server did not start:\n${log.join('')}`)), 20_000);
    const onData = (d: Buffer) => {
      log.push(d.toString());
      if (/listening/i.test(d.toString())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`decap-server exited (${code}):\n${log.join('')}`)));
  });
  return {
    port,
    url: `http://127.0.0.1:${port}/api/v1`,
    log,
    stop: async () => {
      if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
      await exited;
    },
  };
}

/** The generated config, pointed at a test's own decap-server instead of the default port. */
export function configFor(yaml: string, proxyUrl: string): string {
  return yaml.replaceAll(`http://127.0.0.1:${LOCAL_PROXY_PORT}/api/v1`, proxyUrl);
}

export interface CmsSessionOptions {
  /** decap-server's mode: fs (writes straight into content/) or git (the editorial workflow). */
  mode?: 'fs' | 'git';
  /** Runs on the copy before decap-server starts: seeding content, making it a git repository… */
  prepare?: (repo: string) => void;
  /** Appended to the generated configuration, e.g. `publish_mode: editorial_workflow`. */
  configExtra?: string;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** A dialog is accepted unless this says otherwise. */
  onDialog?: (dialog: Dialog) => void;
  /** Called with the new page before it loads /admin/ (to listen to its requests, say). */
  beforeLoad?: (page: Page) => void;
  /** How long logging in may take (a busy machine needs minutes). */
  timeout?: number;
}

export interface CmsSession {
  readonly repo: string;
  readonly decap: DecapServer;
  readonly site: StaticServer;
  readonly browser: Browser;
  /** The generated configuration as the page gets it (pointed at this session's decap-server). */
  readonly config: string;
  /** A new browser context (locale vi-VN, clipboard allowed) logged into the CMS; close its context when done. */
  open(options?: OpenOptions): Promise<ReturnType<typeof watch>>;
}

/**
 * The CMS in Chromium for a describe block: a copy of the repository, our own decap-server serving it,
 * the built site (dist/) whose /admin gets the generated configuration pointed at that server, and
 * Chromium. Started before the block's tests, stopped after them (by PID); the copy is removed unless
 * HEZA_KEEP_CMS_COPY=1 keeps it for a look after a failure.
 */
export function cmsInBrowser(options: CmsSessionOptions = {}): CmsSession {
  const s = {} as { repo: string; decap: DecapServer; site: StaticServer; browser: Browser; config: string };
  beforeAll(async () => {
    s.repo = copyRepository();
    options.prepare?.(s.repo);
    s.decap = await startDecapServer(s.repo, options.mode ?? 'fs');
    s.site = await serveDist(distDir);
    s.config = configFor(readFileSync(join(distDir, 'admin', 'config.yml'), 'utf8'), s.decap.url) + (options.configExtra ?? '');
    s.browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await s.browser?.close();
    await s.site?.close();
    await s.decap?.stop();
    if (s.repo && !process.env.HEZA_KEEP_CMS_COPY) removeCopy(s.repo);
    else if (s.repo) console.log(`kept the repository copy at ${s.repo}`);
  });
  return {
    get repo() {
      return s.repo;
    },
    get decap() {
      return s.decap;
    },
    get site() {
      return s.site;
    },
    get browser() {
      return s.browser;
    },
    get config() {
      return s.config;
    },
    async open(o: OpenOptions = {}) {
      const context = await s.browser.newContext({ viewport: o.viewport ?? { width: 1280, height: 900 }, locale: 'vi-VN' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.site.url });
      const watched = watch(await context.newPage());
      const { page } = watched;
      page.on('dialog', o.onDialog ?? ((d) => void d.accept()));
      o.beforeLoad?.(page);
      await page.route('**/admin/config.yml', (r) => r.fulfill({ body: s.config, contentType: 'text/yaml; charset=utf-8' }));
      const timeout = o.timeout ?? 60_000;
      await page.goto(`${s.site.url}/admin/`, { timeout });
      await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout });
      await page.getByText(collectionDefs.legal.label.vi).first().waitFor({ timeout });
      return watched;
    },
  };
}
