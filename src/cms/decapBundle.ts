/**
 * Decap CMS's own browser build (node_modules/decap-cms-app/dist), served by the site at
 * /admin/decap/<version>/ instead of being bundled again by every build.
 *
 * Bundling Decap's ES modules cost each build about 4 CPU-seconds and 0.7 GB whatever the size of the
 * register (measured at 1,000 pages; bundled alone, 4.6 CPU-seconds and 1 GB): the largest fixed cost
 * of a build (docs/BENCHMARKS.md). The package already ships a minified build for browsers, the file a
 * CDN would serve; the site copies it into its output, so /admin still loads nothing from another host.
 *
 * That build brings its own react-dom and takes React from `window.React`, and it refuses a React of
 * another version than the one it was built with. `decapBundleProblem` compares the two, so a mismatch
 * stops the build with the fix instead of leaving editors a blank page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface DecapBundle {
  version: string;
  /** The folder of the browser build: decap-cms-app.js, its chunks, wasm and licence file. */
  dir: string;
  /** The files to publish: everything in `dir` except source maps and the ES-module build. */
  files: string[];
  /** The React version the build's react-dom checks window.React against. */
  reactVersion: string | undefined;
}

/** The URL folder the browser build is published under; the version in it keeps old copies apart. */
export const decapUrlBase = (version: string) => `/admin/decap/${version}/`;
export const DECAP_ENTRY = 'decap-cms-app.js';

/** Where the /admin page loads Decap from. */
export const decapEntryUrl = () => `${decapUrlBase(installedVersion('decap-cms-app'))}${DECAP_ENTRY}`;

export function decapBundle(): DecapBundle {
  const version = installedVersion('decap-cms-app');
  const dir = join(dirname(require.resolve('decap-cms-app/package.json')), 'dist');
  const files = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.endsWith('.map'))
        .map((e) => e.name)
        .sort()
    : [];
  const entry = join(dir, DECAP_ENTRY);
  const source = existsSync(entry) ? readFileSync(entry, 'utf8') : '';
  // react-dom's version guard, as minified: if("19.2.0"!==x)throw Error(s(527,x,"19.2.0"))
  const reactVersion = /if\("(\d+\.\d+\.\d+[^"]*)"!==\w+\)throw Error\(\w+\(527,/.exec(source)?.[1];
  return { version, dir, files, reactVersion };
}

/** Why the browser build cannot run on this install, or undefined when it can. */
export function decapBundleProblem(bundle: DecapBundle, installedReact: string, installedReactDom: string): string | undefined {
  if (!bundle.files.includes(DECAP_ENTRY)) return `${join(bundle.dir, DECAP_ENTRY)} is missing: run npm ci.`;
  if (!bundle.reactVersion)
    return `Cannot tell which React ${join(bundle.dir, DECAP_ENTRY)} (decap-cms-app ${bundle.version}) was built for: its react-dom version check was not found.`;
  const wrong = [
    ['react', installedReact],
    ['react-dom', installedReactDom],
  ].filter(([, v]) => v !== bundle.reactVersion);
  if (wrong.length === 0) return undefined;
  return (
    `decap-cms-app ${bundle.version}'s browser build needs React ${bundle.reactVersion} exactly (its react-dom refuses any other), ` +
    `but ${wrong.map(([name, v]) => `${name} ${v}`).join(' and ')} is installed. ` +
    `Set "react" and "react-dom" to "${bundle.reactVersion}" in package.json and run npm install.`
  );
}

export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** `react` and `react-dom` pointed at their production files (see the dev server in src/cms/integration.ts). */
export function reactProductionAliases(): { find: RegExp; replacement: string }[] {
  const file = (pkg: string, name: string) => join(dirname(require.resolve(`${pkg}/package.json`)), 'cjs', name);
  return [
    { find: /^react$/, replacement: file('react', 'react.production.js') },
    { find: /^react-dom$/, replacement: file('react-dom', 'react-dom.production.js') },
  ];
}
