// Unit, protocol and CLI tests. In CI a stray .only fails the run instead of silently running one test,
// and everywhere a run that executes no test (a --grep matching nothing) fails.
const VALUE_OPTIONS = new Set(['--require', '-r', '--file', '--ignore', '--config', '--reporter', '-R']);
const args = process.argv.slice(2);
// `npx mocha test/x.test.ts` runs that file only (mocha would add the configured spec to it).
const namesFiles = args.some((arg, index) => /\.[cm]?[jt]s$/.test(arg) && !VALUE_OPTIONS.has(args[index - 1]));

module.exports = {
  require: ['tsx/cjs'],
  spec: namesFiles ? [] : ['test/**/*.test.ts'],
  ignore: ['test/e2e/**', 'test/integration/**'],
  timeout: 20000,
  reporter: 'dot',
  forbidOnly: Boolean(process.env.CI),
  failZero: true,
};
