#!/usr/bin/env node
// Runs the same integration suite (test/integration) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (this one cannot: use
// run-integration.mjs there). Without a display, run it under `xvfb-run -a`.
// Usage: node scripts/e2e/run-electron.mjs [--grep PATTERN]
import { runTests } from '@vscode/test-electron';
import path from 'node:path';
import { judgeResult, prepareIntegrationRun } from './integration.mjs';
import { repoRoot } from './paths.mjs';
import { CODE_SERVER_VERSION } from './setup-code-server.mjs';

// code-server 4.100.3 is VS Code 1.100.3: both runners test against the same VS Code.
const VSCODE_VERSION = CODE_SERVER_VERSION.replace(/^4\./, '1.');

async function main() {
  const run = await prepareIntegrationRun();
  try {
    await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: run.testsPath,
      extensionTestsEnv: run.env,
      launchArgs: [run.workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--user-data-dir', path.join(run.scratch, 'user'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    });
  } catch (error) {
    // runTests rejects when VS Code exits non-zero or cannot be downloaded; the result file decides.
    console.log(`VS Code: ${error instanceof Error ? error.message : error}`);
  }
  try {
    return judgeResult(run.resultFile);
  } finally {
    run.cleanup();
  }
}

process.exitCode = await main();
