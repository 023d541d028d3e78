// Shared by both integration launchers (code-server and @vscode/test-electron): bundles the
// vscode-API suite for the extension host and judges the result file its run() writes.
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBundlesFresh } from '../dist-freshness.mjs';
import { copySampleWorkspace, repoRoot } from './paths.mjs';

const sourceDir = path.join(repoRoot, 'test', 'integration');
export const bundleDir = path.join(repoRoot, 'out', 'integration');
// Inside the extension folder on purpose: tests run in the host that runs the extension holding them.
export const webBundleDir = path.join(repoRoot, 'out', 'integration-web');
/** Where the web suite writes its outcomes, relative to the workspace folder (passed in the settings). */
export const WEB_RESULT_FILE = '.idstudio-test-result.json';

const { publisher, name } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${publisher}.${name}`;

const suiteFiles = () => readdirSync(sourceDir).filter((name) => name.endsWith('.itest.ts')).sort();

/** Compiles test/integration/{index,*.itest}.ts to CommonJS in out/integration/ (the extensionTestsPath). */
export async function bundleIntegrationTests() {
  rmSync(bundleDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['index.ts', ...suiteFiles()].map((name) => path.join(sourceDir, name)),
    outdir: bundleDir, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    logLevel: 'warning',
    external: ['vscode', 'mocha'], // mocha resolves from the repository's node_modules
  });
  return bundleDir;
}

/**
 * The same suites for the web-worker extension host, in one browser bundle (out/integration-web/index.js):
 * mocha's browser build and npm's assert inside, only `vscode` left to the host's require.
 */
export async function bundleWebIntegrationTests() {
  rmSync(webBundleDir, { recursive: true, force: true });
  const requires = suiteFiles().map((name) => `require('./${name}');`).join(' ');
  await esbuild.build({
    stdin: { contents: `exports.run = () => require('./web-index.ts').runSuites(() => { ${requires} });`, resolveDir: sourceDir, loader: 'js' },
    outfile: path.join(webBundleDir, 'index.js'), bundle: true, platform: 'browser', format: 'cjs', target: 'es2022',
    logLevel: 'warning', external: ['vscode'],
    define: { 'process.env.NODE_DEBUG': 'false' }, // npm util (under assert) reads it; a worker has no process
  });
  // The worker host loads this path as a file (adding ".js" when missing), not as a folder with an index.
  return path.join(webBundleDir, 'index.js');
}

/**
 * Everything a launcher needs: the bundled tests, a throwaway workspace copy, the result
 * file, the environment (Node host) or user settings (web host) that carry the parameters
 * (`--grep PATTERN` from the command line selects tests), and a cleanup for the temp folders.
 * The web host runs the extension in the web worker: the `remote.extensionKind` user setting
 * moves it there (its manifest has both `main` and `browser`, and the Node host would win).
 * @param {{ host?: 'node' | 'web', argv?: string[] }} options
 */
export async function prepareIntegrationRun({ host = 'node', argv = process.argv } = {}) {
  ensureBundlesFresh();
  const testsPath = host === 'web' ? await bundleWebIntegrationTests() : await bundleIntegrationTests();
  const workspace = copySampleWorkspace();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'idstudio-integration-'));
  const grepIndex = argv.indexOf('--grep');
  const grep = grepIndex === -1 ? '' : argv[grepIndex + 1];
  const resultFile = host === 'web' ? path.join(workspace, WEB_RESULT_FILE) : path.join(scratch, 'result.json');
  const env = { IDSTUDIO_TEST_RESULT: resultFile, IDSTUDIO_TEST_GREP: grep };
  const settings = host === 'web' ? {
    'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
    'idstudioTest.host': 'web',
    'idstudioTest.grep': grep,
    'idstudioTest.resultFile': WEB_RESULT_FILE,
  } : { 'idstudioTest.host': 'node' };
  const cleanup = () => {
    rmSync(path.dirname(workspace), { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
  return { testsPath, workspace, scratch, resultFile, env, settings, cleanup };
}

const MARKS = { passed: '✓', failed: '✗', pending: '-' };

/** Prints each test's outcome and returns the exit code: 0 only when tests ran and none failed. */
export function judgeResult(resultFile, { label = '', log = console.log } = {}) {
  if (!existsSync(resultFile)) {
    log('FAIL: the extension host wrote no test result (the tests did not load or run)');
    return 1;
  }
  const outcomes = JSON.parse(readFileSync(resultFile, 'utf8'));
  for (const { title, state } of outcomes) log(`  ${MARKS[state]} ${title}`);
  const failed = outcomes.filter((outcome) => outcome.state === 'failed');
  for (const { title, error } of failed) log(`\nFAILED ${title}\n${error}`);
  const count = (state) => outcomes.filter((outcome) => outcome.state === state).length;
  log(`\nintegration${label ? ` (${label})` : ''}: ${count('passed')} passing, ${failed.length} failing, ${count('pending')} pending`);
  return failed.length === 0 && count('passed') > 0 ? 0 : 1;
}
