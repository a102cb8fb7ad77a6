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
    // Schemas and their rules
    'src/schemas/**/*.ts',
    // The content gate
    'src/lib/contentGate.ts',
    'src/lib/contentRules.ts',
    'src/lib/bodyRules.ts',
    'src/lib/mdxSyntax.ts',
    'src/lib/frontmatter.ts',
    'src/lib/plainMarkdown.ts',
    'src/lib/documentKey.ts',
    // Validity status and relations
    'src/lib/documentStatus.ts',
    'src/lib/invertRelations.ts',
    'src/lib/legalFacets.ts',
    'src/lib/legalIndex.ts',
    // JSON-LD and the other outputs
    'src/lib/jsonLd.ts',
    'src/lib/jsonLdContent.ts',
    'src/lib/procedureJsonLd.ts',
    'src/lib/procedureFacts.ts',
    'src/lib/sitemap.ts',
    'src/lib/openSearch.ts',
    'src/lib/openData.ts',
    'src/lib/ical.ts',
    // Search measures
    'src/lib/search/**/*.ts',
    // CMS save format and MDX safety
    'src/lib/cmsFormat.ts',
    'src/lib/cmsConfig.ts',
    'src/lib/cmsValidation.ts',
    'src/lib/mdxSafe.ts',
    // Security headers
    'src/lib/securityHeaders.ts',
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
