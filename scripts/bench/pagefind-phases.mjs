#!/usr/bin/env node
// Where Pagefind's time goes: reading and parsing the HTML (addDirectory) against building and writing the
// index (writeFiles), measured through Pagefind's Node API on a built site. Pagefind runs as a child
// process of the API; its CPU (user + sys) is read from /proc before and after each phase.
// Usage: node scripts/bench/pagefind-phases.mjs dist [outDir]   (Linux only)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
const out = resolve(process.argv[3] ?? `${site}/pagefind-phases`);
const tick = 100; // USER_HZ on Linux

/** CPU seconds (user + sys) of this process's children and their children. */
function childCpu() {
  let total = 0;
  const visit = (pid) => {
    let children = [];
    try {
      children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return;
    }
    for (const c of children) {
      try {
        const fields = readFileSync(`/proc/${c}/stat`, 'utf8').split(') ')[1].split(' ');
        total += (Number(fields[11]) + Number(fields[12])) / tick; // utime, stime
      } catch {}
      visit(c);
    }
  };
  visit(process.pid);
  return total;
}
const own = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const cpu = () => childCpu() + own();

const t0 = cpu();
const { index, errors } = await pagefind.createIndex({});
if (errors.length) throw new Error(errors.join('\n'));
const t1 = cpu();
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(added.errors.join('\n'));
const t2 = cpu();
rmSync(out, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(written.errors.join('\n'));
const t3 = cpu();
const files = readdirSync(out, { recursive: true }).length;
console.log(JSON.stringify({ pages: added.page_count, start: +(t1 - t0).toFixed(2), readAndParse: +(t2 - t1).toFixed(2), buildAndWrite: +(t3 - t2).toFixed(2), files }));
await pagefind.close();
rmSync(out, { recursive: true, force: true });
