// Runs a command under GNU time (/usr/bin/time -v) and returns wall time, CPU time (user + sys of the
// process and every child it waited for) and peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIME = '/usr/bin/time';

function seconds(clock) {
  // "1:02.34" or "1:02:03" → seconds
  return clock.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

export function measure(cmd, args, { cwd, env, log }) {
  const dir = mkdtempSync(join(tmpdir(), 'heza-time-'));
  const out = join(dir, 'time.txt');
  const r = spawnSync(TIME, ['-v', '-o', out, cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const text = readFileSync(out, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  if (log) log(r.stdout + r.stderr);
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}) in ${cwd}:\n${tail}\n${text}`);
  }
  const field = (name) => {
    const line = text.split('\n').find((l) => l.trim().startsWith(name));
    return line ? line.slice(line.lastIndexOf(': ') + 2).trim() : '0';
  };
  const user = Number(field('User time (seconds)'));
  const sys = Number(field('System time (seconds)'));
  return {
    wall: seconds(field('Elapsed (wall clock) time')),
    cpu: Math.round((user + sys) * 100) / 100,
    user,
    sys,
    peakMB: Math.round(Number(field('Maximum resident set size (kbytes)')) / 1024),
  };
}

/** Total bytes and file counts under a folder. */
export function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        bytes += s.size;
        files++;
        if (name.endsWith('.html')) html++;
      }
    }
  };
  walk(dir);
  return { bytes, files, html };
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
