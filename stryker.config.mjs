// @ts-check
/**
 * Mutation testing of the engine with StrykerJS: `npm run mutate`.
 *
 * Not part of `npm test` and not run in CI; it is slow and meant to be run by hand, a folder at a
 * time on a busy machine, e.g.
 *
 *   npm run mutate -- --mutate 'src/compare/**\/*.ts'
 *   npm run mutate -- --mutate 'src/corpus/score-related.ts,src/corpus/match-reports.ts'
 *
 * (`--mutate` replaces the list below for that run.) Reports go to reports/mutation/ (html, json)
 * and the terminal; reports/stryker-incremental.json lets a rerun reuse the results of mutants
 * whose code and tests have not changed. Both are gitignored.
 *
 * Only tests/unit decides (vitest.stryker.config.ts): no fuzz, no end-to-end suites.
 * Build-time corpus code (parse-seed, build-reports, build-index, corpus-index) is not mutated.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: [
    'src/figures/**/*.ts',
    'src/compare/**/*.ts',
    'src/wording/**/*.ts',
    'src/topic/**/*.ts',
    'src/corpus/score-related.ts',
    'src/corpus/match-reports.ts',
    'src/corpus/fuzzy-lookup.ts',
    'src/corpus/search-corpus.ts',
    'src/corpus/page-dates.ts',
    'src/corpus/text-features.ts',
    'src/corpus/report-features.ts',
    'src/corpus/term-weights.ts',
    'src/corpus/normalize.ts',
    'src/ui/badges/locate-figure.ts',
    '!src/**/*.d.ts',
    '!src/**/*.json',
  ],
  ignorePatterns: ['.output', 'test-results', 'tests/e2e/artifacts', 'reports'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  timeoutMS: 20000,
  // The machine this runs on is shared; the first (unmutated) run may be slow.
  dryRunTimeoutMinutes: 15,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
