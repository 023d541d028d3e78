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
  // Issue 16 asks for 80% on the core. The first run over the whole core scored 67% (the rules alone 83-88%):
  // the break sits just under that, so CI catches a regression while tests for the weakest modules (navigation,
  // scope, matrix, the objective reader) are written. Raise it with the score.
  thresholds: { high: 90, low: 80, break: 65 },
  tempDirName: '.stryker-tmp',
  // A full run of the whole core takes about 90 minutes with one test runner on a busy 2-core machine. The results
  // are kept in this file (committed with the tests) and only mutants whose code or covering tests changed are
  // tested again: CI takes minutes. \`--force\` re-runs all. A new test that parses documents covers every
  // surviving mutant of the parser, so those re-run: after adding tests, run this once and commit the file.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  ignorePatterns: ['.vscode-test', 'test-results', 'dist', '.bench', 'media', 'test/e2e', 'test/integration/*', '!test/integration/expected-problems.ts'],
};
