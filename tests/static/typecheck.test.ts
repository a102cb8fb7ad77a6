/** TypeScript in strict mode holds across src/, scripts and tests: astro check reports no error. */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';

// About a minute on an idle 2-core machine, over four while other work kept both cores busy: the limit is
// for a check that hangs (spawnSync stops it), not for a slow machine.
const LIMIT_MS = 10 * 60_000;

it('astro check finds no type error', () => {
  const r = spawnSync('npx', ['astro', 'check'], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: LIMIT_MS, killSignal: 'SIGKILL' });
  const out = `${r.stdout}\n${r.stderr}`;
  const summary = /Result \((\d+) files\):\s*\n- (\d+) errors?/.exec(out);
  expect(summary, out.slice(-3000)).not.toBeNull();
  expect(Number(summary![2]), out.slice(-3000)).toBe(0);
  expect(r.status, out.slice(-3000)).toBe(0);
}, LIMIT_MS + 60_000);
