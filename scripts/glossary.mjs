#!/usr/bin/env node
// Regenerates CONTEXT.md (the glossary) from src/i18n/glossary.ts.
// Usage: npm run glossary              (writes CONTEXT.md)
//        npm run glossary -- --check   (exits 1 when CONTEXT.md is out of date)
import { fileURLToPath } from 'node:url';
import { glossaryMarkdown } from '../src/i18n/glossary.ts';
import { writeOrCheck } from './lib/generated.ts';

const target = fileURLToPath(new URL('../CONTEXT.md', import.meta.url));
const fresh = glossaryMarkdown();
writeOrCheck(target, fresh, { name: 'CONTEXT.md', command: 'npm run glossary' });
