import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The built site the build-output and browser tests read (npm test builds it first). */
export const distDir = process.env.HEZA_OUT_DIR ? join(root, process.env.HEZA_OUT_DIR) : join(root, 'dist');
/** The site's address the build used (astro.config.mjs: SITE_URL, or the portal's own). */
export const siteUrl = new URL(process.env.SITE_URL ?? 'https://heza.gov.vn');
