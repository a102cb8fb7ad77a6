#!/usr/bin/env node
// npm start: the portal on http://127.0.0.1:4321/ for local work.
import { spawn } from 'node:child_process';

const children = [spawn('astro', ['dev', '--host', '127.0.0.1', '--port', process.env.PORT ?? '4321'], { stdio: 'inherit' })];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => process.exitCode ||= code ?? 0);
