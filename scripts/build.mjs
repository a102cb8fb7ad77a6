#!/usr/bin/env node
// The production build: astro build (which runs the content gate first), then the Pagefind index, then
// pre-compressed copies (.gz, .br) of the text files for nginx's gzip_static and for CDNs.
// Usage: npm run build   (HEZA_OUT_DIR=dist-x to build elsewhere)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const outDir = resolve(process.env.HEZA_OUT_DIR || 'dist');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('astro', ['build']);
run('pagefind', ['--site', outDir, '--quiet']);
run('node', ['scripts/precompress.mjs', outDir]);
