import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * The tests Stryker runs for every mutant (npm run test:mutation): the fast unit and content-gate
 * tests, which need no built dist/ and start no browser or Astro build. The whole suite stays in
 * tests/vitest.config.ts.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // The real astro build of fixture projects (build.test.ts, register.test.ts): a minute or more per
    // run, far too slow to repeat per mutant. They run in npm test.
    exclude: ['tests/content/build.test.ts', 'tests/content/register.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    maxWorkers: 1,
  },
});
