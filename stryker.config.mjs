// @ts-check
/**
 * StrykerJS, run by `npm run test:mutation` (scripts/mutation.ts), once per
 * module with only that module's own tests (--mutate, and MUTATION_TESTS for
 * vitest.mutation.config.ts): a module's score says what its own tests catch.
 *
 * No TypeScript checker: StrykerJS's calls an API that TypeScript 7 lacks.
 * A mutant that does not type-check still runs, and is usually killed.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: process.env.MUTATION_REPORT ?? 'reports/mutation/mutation.json' },
  // A folder per run (scripts/mutation.ts names it), so that runs side by side do not clean up each other's.
  tempDirName: process.env.MUTATION_TEMP_DIR ?? '.stryker-tmp/run',
  cleanTempDir: 'always',
  // content/ and locales/ are read by some tests; node_modules is linked, not copied.
  ignorePatterns: ['dist', 'lib', 'reports', 'coverage', '.vitest', '.scratch', '.stryker-tmp'],
  timeoutMS: 10_000,
};

export default config;
