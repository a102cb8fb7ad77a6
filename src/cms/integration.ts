/**
 * Publishes Decap CMS's browser build at /admin/decap/<version>/ (src/cms/decapBundle.ts): copied into
 * the output after a build, served from node_modules by the dev server. The /admin page's script
 * (admin/cms.ts) loads it; nothing of Decap goes through the site's bundler.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decapBundle, decapBundleProblem, decapUrlBase, installedVersion, reactProductionAliases } from './decapBundle.ts';

const types: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

export default function decapBundleIntegration(): AstroIntegration {
  const bundle = decapBundle();
  const base = decapUrlBase(bundle.version);
  return {
    name: 'heza:decap-bundle',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const problem = decapBundleProblem(bundle, installedVersion('react'), installedVersion('react-dom'));
        if (problem) throw new Error(problem);
        // Decap's build carries a production react-dom, which fails with React's development build
        // ("dispatcher.getOwner is not a function"). A build bundles production React anyway; the dev
        // server would serve the development one, so it is pointed at the production files. Only the
        // CMS page uses React.
        if (command === 'dev') updateConfig({ vite: { resolve: { alias: reactProductionAliases() } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          const name = path.startsWith(base) ? path.slice(base.length) : undefined;
          if (!name || !bundle.files.includes(name)) return next();
          res.setHeader('content-type', types[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
          createReadStream(join(bundle.dir, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), base);
        mkdirSync(target, { recursive: true });
        for (const name of bundle.files) copyFileSync(join(bundle.dir, name), join(target, name));
        logger.info(`Decap CMS ${bundle.version}: ${bundle.files.length} files published at ${base}`);
      },
    },
  };
}
