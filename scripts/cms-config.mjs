#!/usr/bin/env node
// Regenerates admin/config.yml (the Decap CMS configuration) from the field definitions in src/schemas.
// Usage: npm run cms:config          (writes admin/config.yml)
//        npm run cms:config -- --check   (exits 1 when the committed file is out of date)
// The committed file is the local-backend configuration; production builds serve their own at
// /admin/config.yml, with the backend chosen by CMS_* environment variables (see README).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cmsConfigYaml } from '../src/cms/config.ts';

const target = fileURLToPath(new URL('../admin/config.yml', import.meta.url));
const fresh = cmsConfigYaml({});
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== fresh) {
    console.error('admin/config.yml is out of date: run "npm run cms:config" and commit the result.');
    process.exit(1);
  }
  console.log('admin/config.yml is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log('wrote admin/config.yml');
}
