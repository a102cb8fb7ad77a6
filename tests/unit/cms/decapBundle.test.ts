/**
 * Decap's browser build runs only on the React it was built for: the check that stops a build when
 * package.json asks for another React, and the reading of that version from the build itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers/paths.ts';
import { decapBundle, decapBundleProblem, installedVersion } from '../../../src/cms/decapBundle.ts';

const bundle = decapBundle();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe("Decap's browser build", () => {
  it('is found in the installed package, with the React version its react-dom checks for', () => {
    // The version published (and named in /admin/decap/<version>/) is the one package.json pins.
    expect(bundle.version).toBe(pkg.dependencies['decap-cms-app']);
    expect(bundle.files).toContain('decap-cms-app.js');
    expect(bundle.files.some((f) => f.endsWith('.map'))).toBe(false);
    expect(bundle.reactVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('matches the React this project installs (otherwise the build stops)', () => {
    expect(decapBundleProblem(bundle, installedVersion('react'), installedVersion('react-dom'))).toBeUndefined();
  });

  it('names the packages, the versions and the fix when React does not match', () => {
    const problem = decapBundleProblem({ ...bundle, reactVersion: '19.2.0' }, '19.3.1', '19.2.0');
    expect(problem).toContain('React 19.2.0 exactly');
    expect(problem).toContain('react 19.3.1');
    expect(problem).not.toContain('react-dom 19.2.0 is');
    expect(problem).toContain('"react" and "react-dom" to "19.2.0"');
  });

  it('says so when the build is missing or its version check cannot be read', () => {
    expect(decapBundleProblem({ ...bundle, files: [] }, '19.2.0', '19.2.0')).toMatch(/decap-cms-app\.js is missing: run npm ci/);
    expect(decapBundleProblem({ ...bundle, reactVersion: undefined }, '19.2.0', '19.2.0')).toMatch(/Cannot tell which React/);
  });
});
