// @ts-check
/**
 * Mutation testing (npm run test:mutation, not part of npm test): Stryker changes the code that decides
 * things one small step at a time and checks that a fast test fails each time.
 * Only the unit and content-gate tests run (tests/vitest.mutation.config.ts): they need no built dist/.
 * Incremental: results of unchanged code and tests are reused from reports/stryker-incremental.json, which
 * scripts/test-mutation.mjs seeds from the committed report docs/bench/mutation.json on a fresh clone.
 * `npm run test:mutation -- --force` tests every mutant again.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    // Schemas and their rules (legal.rules.ts, body.rules.ts…), vocabularies and field definitions
    'src/schemas/**/*.ts',
    // The content gate
    'src/pipeline/gate/contentGate.ts',
    'src/pipeline/gate/fileChecks.ts',
    'src/pipeline/gate/mdxSyntax.ts',
    'src/pipeline/plainMarkdown.ts',
    'src/lib/frontmatter.ts',
    // Validity status, relations, facets and every collection's derived facts and JSON-LD
    'src/collections/*/*.ts',
    'src/collections/cacheKeys.ts',
    '!src/collections/*/paths.ts',
    '!src/collections/news/feed.ts',
    '!src/collections/events/calendarFeed.ts',
    'src/lib/jsonLd.ts',
    // The other outputs and the security headers
    'src/outputs/*.ts',
    // Search measures
    'src/search/*.ts',
    // CMS configuration, save format and MDX safety
    'src/cms/config.ts',
    'src/cms/validation.ts',
    'src/cms/format.ts',
    'src/cms/mdxSafe.ts',
  ],
  ignorePatterns: ['dist', 'dist-*', '.astro', 'test-results', 'bench-results', 'reports', 'docs', 'public'],
  // Mutants of module-level values (zod schemas built at import, label tables, the CSP directive lists)
  // are "static": each one needs every test file reloaded (about a third of all mutants and, measured on
  // this 2-core machine, 80% of the run time: hours). They are reported as Ignored, with that reason, not
  // hidden; the values themselves are held by tests with fixed expected values (header table, schema
  // samples). `npm run test:mutation -- --ignoreStatic false` tests them too.
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'docs/bench/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 10000,
};
