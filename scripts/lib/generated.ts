/**
 * A file generated from a source of truth (admin/config.yml, CONTEXT.md): written by its npm script, or,
 * with --check, compared with what is committed, exiting 1 with the command to run when it is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(target: string, fresh: string, { name, command }: { name: string; command: string }): void {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== fresh) {
      console.error(`${name} is out of date: run "${command}" and commit the result.`);
      process.exit(1);
    }
    console.log(`${name} is up to date.`);
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote ${name}`);
  }
}
