// Shared by both integration launchers (code-server and @vscode/test-electron): bundles the
// vscode-API suite for the extension host and judges the result file its run() writes.
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copySampleWorkspace, repoRoot } from './paths.mjs';

const sourceDir = path.join(repoRoot, 'test', 'integration');
export const bundleDir = path.join(repoRoot, 'out', 'integration');

/** Compiles test/integration/{index,*.itest}.ts to CommonJS in out/integration/ (the extensionTestsPath). */
export async function bundleIntegrationTests() {
  rmSync(bundleDir, { recursive: true, force: true });
  const suites = readdirSync(sourceDir).filter((name) => name.endsWith('.itest.ts'));
  await esbuild.build({
    entryPoints: ['index.ts', ...suites].map((name) => path.join(sourceDir, name)),
    outdir: bundleDir, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    logLevel: 'warning',
    external: ['vscode', 'mocha'], // mocha resolves from the repository's node_modules
  });
  return bundleDir;
}

/**
 * Everything a launcher needs: the bundled tests, a throwaway workspace copy, the result
 * file, the environment for the extension host (`--grep PATTERN` from the command line
 * selects tests) and a cleanup for the temp folders.
 */
export async function prepareIntegrationRun(argv = process.argv) {
  if (!existsSync(path.join(repoRoot, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  const testsPath = await bundleIntegrationTests();
  const workspace = copySampleWorkspace();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'idstudio-integration-'));
  const resultFile = path.join(scratch, 'result.json');
  const grepIndex = argv.indexOf('--grep');
  const env = { IDSTUDIO_TEST_RESULT: resultFile, IDSTUDIO_TEST_GREP: grepIndex === -1 ? '' : argv[grepIndex + 1] };
  const cleanup = () => {
    rmSync(path.dirname(workspace), { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
  return { testsPath, workspace, scratch, resultFile, env, cleanup };
}

const MARKS = { passed: '✓', failed: '✗', pending: '-' };

/** Prints each test's outcome and returns the exit code: 0 only when tests ran and none failed. */
export function judgeResult(resultFile, log = console.log) {
  if (!existsSync(resultFile)) {
    log('FAIL: the extension host wrote no test result (the tests did not load or run)');
    return 1;
  }
  const outcomes = JSON.parse(readFileSync(resultFile, 'utf8'));
  for (const { title, state } of outcomes) log(`  ${MARKS[state]} ${title}`);
  const failed = outcomes.filter((outcome) => outcome.state === 'failed');
  for (const { title, error } of failed) log(`\nFAILED ${title}\n${error}`);
  const count = (state) => outcomes.filter((outcome) => outcome.state === state).length;
  log(`\nintegration: ${count('passed')} passing, ${failed.length} failing, ${count('pending')} pending`);
  return failed.length === 0 && count('passed') > 0 ? 0 : 1;
}
