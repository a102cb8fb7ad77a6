#!/usr/bin/env node
// Regenerates CONTEXT.md (the glossary) from src/i18n/glossary.ts.
// Usage: npm run glossary              (writes CONTEXT.md)
//        npm run glossary -- --check   (exits 1 when CONTEXT.md is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glossaryMarkdown } from '../src/i18n/glossary.ts';

const target = fileURLToPath(new URL('../CONTEXT.md', import.meta.url));
const fresh = glossaryMarkdown();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== fresh) {
    console.error('CONTEXT.md is out of date: run "npm run glossary" and commit the result.');
    process.exit(1);
  }
  console.log('CONTEXT.md is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log('wrote CONTEXT.md');
}
