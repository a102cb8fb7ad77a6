import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, measured in CI (docs/BENCHMARKS.md, "How long `npm test` takes"), longest
 * first. Two workers finish together only if the long files start early; on a fresh clone Vitest has no
 * durations of its own yet and starts the largest files first, which put a four-minute file near the end.
 */
export const SLOWEST = [
  'tests/browser/cms.test.ts',
  'tests/browser/cmsEditors.test.ts',
  'tests/build/incremental.test.ts',
  'tests/browser/quality.test.ts',
  'tests/browser/searchLayout.test.ts',
  'tests/content/build.test.ts',
  'tests/browser/cmsDev.test.ts',
  'tests/content/living.test.ts',
  'tests/static/typecheck.test.ts',
  'tests/browser/living.test.ts',
];

/** Vitest's order (its recorded durations, else the largest files first), with the files above moved to the front. */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOWEST.findIndex((p) => f.moduleId.endsWith(p));
      return i === -1 ? SLOWEST.length : i;
    };
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
  }
}
