/** TypeScript in strict mode holds across src/, scripts and tests: astro check reports no error. */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';

it('astro check finds no type error', () => {
  const r = spawnSync('npx', ['astro', 'check'], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const out = `${r.stdout}\n${r.stderr}`;
  const summary = /Result \((\d+) files\):\s*\n- (\d+) errors?/.exec(out);
  expect(summary, out.slice(-3000)).not.toBeNull();
  expect(Number(summary![2]), out.slice(-3000)).toBe(0);
  expect(r.status, out.slice(-3000)).toBe(0);
}, 240_000);
