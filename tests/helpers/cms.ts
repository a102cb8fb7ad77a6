/**
 * Helpers for the CMS tests: a throw-away copy of the repository (never the real content/), a
 * decap-server of our own on a free 127.0.0.1 port serving that copy, and the built /admin page
 * pointed at it. Everything started here is stopped by its PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { copyProject } from '../../scripts/lib/projectCopy.ts';
import { tmpdir } from 'node:os';
import { tempDir } from './tmp.ts';
import { freePort } from '../../scripts/lib/net.ts';
import { join } from 'node:path';
import { root } from './paths.ts';
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
