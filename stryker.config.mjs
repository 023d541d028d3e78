// Mutation testing (npm run test:mutation): how many small planted bugs in the analysis core and the
// CLI's report writers the in-process unit tests catch. The report goes to test-results/mutation/.
// The fuzz property of the fast YAML path runs with a fixed seed here (its test name carries the seed, and a
// mutant's fate must not change from run to run, or the incremental results would never be reused) and
// fewer cases (it runs once per mutant it covers). The test runners inherit this environment.
process.env.FUZZ_SEED ??= '20261130';
process.env.FUZZ_RUNS ??= '300';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // The whole analysis core (parsing, the design index, the objective reader, the rules) and the CLI's
  // report writers (text, JSON, SARIF).
  mutate: ['server/src/core/**/*.ts', 'server/src/cli/report.ts'],
  mochaOptions: {
    'no-config': true,
    // The in-process tests of the core and the writers: none needs dist/ or an editor. The fuzz tests are
    // left out (random inputs would make a mutant's fate depend on the seed).
    spec: ['test/core/**/*.test.ts', 'test/cli/writers.test.ts', 'test/sample.test.ts', 'test/snippets.test.ts', 'test/report/report.test.ts'],
    require: ['tsx/cjs'],
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables, such as word lists) would re-run every test for each one: about
  // 40% of the mutants for 75% of the time. They are left out of the score.
  ignoreStatic: true,
  // One test runner: the 2 cores of CI (and of the development machine) are shared.
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  // Issue 16 asks for at least 80% on the core: the full run of 30 November scored 84.16% (the core alone
  // 83.90%; 67.4% before the tests of that day). CI fails under 80.
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  // A full run of the whole core takes about 40 minutes with two test runners on an idle 2-core machine (90 with one on a busy one). The results
  // are kept in this file (committed with the tests) and only mutants whose code or covering tests changed are
  // tested again: CI takes minutes. \`--force\` re-runs all. A new test that parses documents covers every
  // surviving mutant of the parser, so those re-run: after adding tests, run this once and commit the file.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  ignorePatterns: ['.vscode-test', 'test-results', 'dist', '.bench', 'media', 'test/e2e', 'test/integration/*', '!test/integration/expected-problems.ts'],
};
