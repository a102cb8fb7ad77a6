#!/usr/bin/env node
// Serves the built site with Debian's nginx and the production configuration (scripts/nginx/heza-site.conf),
// on 127.0.0.1, as the current user, from a temporary prefix of its own (config, pid file, logs, temp).
// Started as root, nginx would run its workers as `nobody`; the generated config names the invoking user
// instead, so a site inside a folder only its owner may enter (/root, mktemp -d) is served, and a site
// nginx still cannot read stops the start with the folder named rather than 404 on every page.
//
//   npm run serve:nginx                      start on a free port; prints the URL, the pid and the prefix
//   npm run serve:nginx -- --port 8088       start on a given port
//   npm run serve:nginx -- stop <prefix>     stop the server started with that prefix (by its pid file)
//
// Options: --dist DIR (default dist), --prefix DIR (default a new temp folder), --nginx PATH.
// brotli_static is switched on only when Debian's module is installed (libnginx-mod-http-brotli-static).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mainConf } from './nginx-config.mjs';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** "user group" for nginx's `user` directive when it starts as root: the invoking user, not `nobody`. */
export function workerUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined; // not root: workers are us
  const { username } = userInfo();
  const gid = process.getgid();
  let group;
  try {
    group = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .map((l) => l.split(':'))
      .find((f) => Number(f[2]) === gid)?.[0];
  } catch {
    // no /etc/group: nginx then takes the group named as the user
  }
  return group ? `${username} ${group}` : username;
}

/**
 * Starts nginx (it daemonises) and waits until it answers. Returns { url, port, pid, prefix }.
 * @param {{ dist?: string, port?: number, prefix?: string, nginx?: string }} [options]
 */
export async function startNginx({ dist = 'dist', port, prefix, nginx = nginxBinary } = {}) {
  if (!nginx) throw new Error('nginx not found: sudo apt-get install -y nginx');
  const root = resolve(dist);
  if (!existsSync(join(root, 'vi', 'index.html'))) throw new Error(`${root} has no built site: run "npm run build" first`);
  prefix = resolve(prefix ?? mkdtempSync(join(tmpdir(), 'heza-nginx-')));
  for (const d of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) mkdirSync(join(prefix, d), { recursive: true });
  port = port ?? (await freePort());
  const brotli = existsSync(brotliModule);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConf({ prefix, port, dist: root, brotli, brotliModule, user: workerUser() }));
  const args = ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')];
  const test = spawnSync(nginx, ['-t', '-q', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const run = spawnSync(nginx, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`nginx failed to start:\n${run.stderr}`);
  const url = `http://127.0.0.1:${port}`;
  // nginx binds its port before it returns; the wait only covers a slow first answer on a busy machine.
  let status = 0;
  for (const until = Date.now() + 20_000; Date.now() < until; ) {
    try {
      status = (await fetch(`${url}/vi/`, { redirect: 'manual' })).status;
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const pid = Number(readFileSync(join(prefix, 'nginx.pid'), 'utf8').trim());
  if (status !== 200) {
    await stopNginx(prefix);
    const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8').trim().split('\n').slice(-3).join('\n') : '';
    const denied = /Permission denied/.test(log);
    throw new Error(
      `nginx started but answers ${status || 'nothing'} for /vi/ of ${root}` +
        (denied ? `: its workers may not read that folder. Let them (chmod o+x on every folder above it, o+r inside) or serve a copy elsewhere (--dist).` : '.') +
        (log ? `\nnginx error log (${prefix}/error.log):\n${log}` : ''),
    );
  }
  return { url, port, pid, prefix, brotli };
}

/** Stops the nginx master started under `prefix`, by the pid in its pid file, and waits for it to go. */
export async function stopNginx(prefix) {
  const pidFile = join(resolve(prefix), 'nginx.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 'SIGQUIT'); // graceful shutdown of the master and its worker
  } catch {
    return false;
  }
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      return true;
    }
  }
  process.kill(pid, 'SIGTERM');
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (name) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv[0] === 'stop') {
    const prefix = argv[1] ?? opt('prefix');
    if (!prefix) {
      console.error('usage: serve-nginx.mjs stop <prefix>');
      process.exit(2);
    }
    console.log((await stopNginx(prefix)) ? `stopped nginx (${prefix})` : `no nginx running under ${prefix}`);
  } else {
    const s = await startNginx({ dist: opt('dist'), port: opt('port') ? Number(opt('port')) : undefined, prefix: opt('prefix'), nginx: opt('nginx') });
    console.log(`nginx serves ${resolve(opt('dist') ?? 'dist')} at ${s.url}/ (pid ${s.pid}; brotli_static ${s.brotli ? 'on' : 'off: module not installed'})`);
    console.log(`logs and config: ${s.prefix}`);
    console.log(`stop: npm run serve:nginx -- stop ${s.prefix}`);
  }
}
