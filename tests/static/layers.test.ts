/**
 * Where code runs is visible from its folder, and imports follow the data's one-way flow (README,
 * "Project layout"): a view never imports build-time code, code bundled for the browser never imports
 * Node-only code, and the runtime-neutral layers (schemas, lib, search) import nothing above them.
 * The module graph is read from the source files' import statements, followed transitively.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';

const SOURCE = /\.(ts|mjs|astro)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : SOURCE.test(n) ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The specifiers a file imports (type-only imports are erased and run nowhere, so they do not count). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (/^\s*(?:import|export)\s+type\s/.test(m[0].replace(/^\n/, ''))) continue;
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) out.push(spec);
  }
  return out;
}

const rel = (p: string) => relative(root, p).split('\\').join('/');

/** Every project file reachable from `entry` through relative imports, and every package or node: module it reaches. */
function reach(entry: string): { files: Set<string>; modules: Set<string> } {
  const seen = new Set<string>();
  const modules = new Set<string>();
  const stack = [resolve(root, entry)];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const spec of importsOf(f)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(f), spec.replace(/\?raw$/, ''));
        if (SOURCE.test(target)) stack.push(target);
      } else modules.add(spec);
    }
  }
  return { files: new Set([...seen].map(rel)), modules };
}

const under = (folder: string) => files(join(root, folder)).map(rel);

describe('layers', () => {
  it('views, components, layouts and pages never import build-time code (src/pipeline/)', () => {
    const renderSide = [...under('src/views'), ...under('src/components'), ...under('src/layouts'), ...under('src/pages')];
    expect(renderSide.length).toBeGreaterThan(40);
    for (const f of renderSide) {
      const direct = importsOf(join(root, f)).filter((s) => s.includes('/pipeline/'));
      expect(direct, f).toEqual([]);
    }
  });

  it('the runtime-neutral layers (schemas, lib, search) import nothing above them and no Node or Astro module', () => {
    const allowed: Record<string, RegExp> = {
      'src/schemas': /^src\/(schemas|lib|i18n)\//,
      'src/lib': /^src\/(lib|search|i18n)\//,
      'src/search': /^src\/search\//,
    };
    let checked = 0;
    for (const [folder, ok] of Object.entries(allowed)) {
      for (const f of under(folder)) {
        const { files: reached, modules } = reach(f);
        checked++;
        expect([...reached].filter((r) => !ok.test(r)), f).toEqual([]);
        expect([...modules].filter((m) => m.startsWith('node:') || m.startsWith('astro:')), f).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('code bundled for the browser (the CMS entry, the search page) reaches no Node-only module', () => {
    for (const entry of ['admin/cms.ts', 'src/components/SearchUi/searchUi.ts']) {
      const { files: reached, modules } = reach(entry);
      expect(reached.size, entry).toBeGreaterThan(3);
      expect([...reached].filter((r) => r.startsWith('src/pipeline/') || r.startsWith('src/outputs/')), entry).toEqual([]);
      expect([...modules].filter((m) => m.startsWith('node:')), entry).toEqual([]);
    }
  });

  it('scripts never import from tests/', () => {
    const scripts = files(join(root, 'scripts')).map(rel);
    expect(scripts.length).toBeGreaterThan(10);
    for (const f of scripts) {
      expect(importsOf(join(root, f)).filter((s) => s.includes('/tests/') || s.startsWith('../tests')), f).toEqual([]);
    }
  });
});
