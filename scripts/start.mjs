#!/usr/bin/env node
// npm start: the portal on http://localhost:4321/vi/ and the CMS on http://localhost:4321/admin/,
// saving into this repository through Decap's local backend (decap-server on 127.0.0.1:8081).
// No account is needed; the CMS works only when the page is opened at localhost or 127.0.0.1.
// Stop with Ctrl+C: both processes are stopped.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '4321';
const cmsPort = '8081'; // the port in admin/config.yml (src/cms/backend.ts)

const children = [
  spawn('astro', ['dev', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit', cwd: root }),
  spawn(process.execPath, [fileURLToPath(new URL('../node_modules/decap-server/dist/index.js', import.meta.url))], {
    stdio: 'inherit',
    cwd: root,
    // fs mode writes the files the editor saves straight into content/ (and uploads into public/);
    // review them with git as any other change.
    env: { ...process.env, PORT: cmsPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs' },
  }),
];
console.log(`\n  Portal: http://localhost:${port}/vi/\n  CMS:    http://localhost:${port}/admin/  (saves into ${root}content)\n`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.pid) process.kill(c.pid, 'SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) {
  c.on('exit', (code) => {
    process.exitCode ||= code ?? 0;
    stop();
  });
}
