#!/usr/bin/env node
// Runs the vscode-API integration suite (test/integration) inside code-server's extension
// host, offline: the workbench URL payload carries extensionDevelopmentPath and
// extensionTestsPath, as @vscode/test-electron would pass them to desktop VS Code.
// Usage: node scripts/e2e/run-integration.mjs [--grep PATTERN]
import { existsSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { judgeResult, prepareIntegrationRun } from './integration.mjs';
import { repoRoot } from './paths.mjs';

const RUN_TIMEOUT_MS = 180_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForFile(file, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file) && Date.now() < deadline) await sleep(250);
}

async function main() {
  const started = Date.now();
  const run = await prepareIntegrationRun();
  let server;
  let browser;
  try {
    server = await startCodeServer({ folder: run.workspace, env: run.env });
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(server.workbenchUrl({ extensionDevelopmentPath: repoRoot, extensionTestsPath: run.testsPath }));
    await waitForFile(run.resultFile, RUN_TIMEOUT_MS);
    if (!existsSync(run.resultFile)) console.log(`code-server log:\n${server.readLog()}`);
    const exitCode = judgeResult(run.resultFile);
    console.log(`integration (code-server) took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return exitCode;
  } finally {
    await browser?.close();
    await server?.stop();
    run.cleanup();
  }
}

process.exitCode = await main();
