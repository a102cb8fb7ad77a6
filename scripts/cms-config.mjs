#!/usr/bin/env node
// Regenerates admin/config.yml (the Decap CMS configuration) from the field definitions in src/schemas.
// Usage: npm run cms:config          (writes admin/config.yml)
//        npm run cms:config -- --check   (exits 1 when the committed file is out of date)
// The committed file is the local-backend configuration; production builds serve their own at
// /admin/config.yml, with the backend chosen by CMS_* environment variables (see README).
import { fileURLToPath } from 'node:url';
import { cmsConfigYaml } from '../src/cms/config.ts';
import { writeOrCheck } from './lib/generated.ts';

const target = fileURLToPath(new URL('../admin/config.yml', import.meta.url));
const fresh = cmsConfigYaml({});
writeOrCheck(target, fresh, { name: 'admin/config.yml', command: 'npm run cms:config' });
