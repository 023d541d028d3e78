// Mutation testing (npm run test:mutation): how many small planted bugs in the analysis core and the
// CLI's report writers the in-process unit tests catch. The report goes to test-results/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // The rules (one module each: the checks users see) and the CLI's report writers. The rest of the core
  // (parsing, the design index, the objective reader being rewritten) is left for a longer run:
  // npx stryker run --mutate 'server/src/core/**/*.ts' (about two hours on 2 busy cores).
  mutate: ['server/src/core/rules/**/*.ts', 'server/src/cli/report.ts'],
  mochaOptions: {
    'no-config': true,
    spec: ['test/core/**/*.test.ts', 'test/cli/writers.test.ts'],
    require: ['tsx/cjs'],
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables, such as word lists) would re-run every test for each one: about
  // 40% of the mutants for 75% of the time. They are left out of the score.
  ignoreStatic: true,
  // CI has 2 cores: one test runner each.
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  // A full run takes about 25 minutes on a busy 2-core machine. The results are kept in this file (committed) and
  // only mutants whose code or covering tests changed are tested again: CI takes minutes. \`--force\` re-runs all.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  ignorePatterns: ['.vscode-test', 'test-results', 'dist', '.bench', 'media', 'test/e2e', 'test/integration'],
};
