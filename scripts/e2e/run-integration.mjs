#!/usr/bin/env node
// Runs the vscode-API integration suite (test/integration) inside code-server's extension
// hosts, offline: the Node host, then the web-worker host that vscode.dev uses. The workbench
// URL payload carries extensionDevelopmentPath and extensionTestsPath, as @vscode/test-electron
// would pass them to desktop VS Code.
// Usage: node scripts/e2e/run-integration.mjs [--host node|web] [--grep PATTERN]
import { existsSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { judgeResult, prepareIntegrationRun } from './integration.mjs';
import { repoRoot } from './paths.mjs';

const RUN_TIMEOUT_MS = Number(process.env.IDSTUDIO_RUN_TIMEOUT_MS ?? 180_000);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForFile(file, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file) && Date.now() < deadline) await sleep(250);
}

async function runIn(host) {
  const started = Date.now();
  const run = await prepareIntegrationRun({ host });
  let server;
  let browser;
  try {
    server = await startCodeServer({ folder: run.workspace, env: run.env, settings: run.settings });
    browser = await launchBrowser();
    const page = await browser.newPage();
    // The extension host's console (the web worker's arrives here too): shown when the run fails.
    const consoleLines = [];
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    await page.goto(server.workbenchUrl({ extensionDevelopmentPath: repoRoot, extensionTestsPath: run.testsPath }));
    await waitForFile(run.resultFile, RUN_TIMEOUT_MS);
    if (!existsSync(run.resultFile)) console.log(`code-server log:\n${server.readLog()}`);
    const exitCode = judgeResult(run.resultFile, { label: `${host} host` });
    if (exitCode !== 0) console.log(`browser console:\n${consoleLines.slice(-200).join('\n')}`);
    console.log(`integration (code-server, ${host} host) took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return exitCode;
  } finally {
    await browser?.close();
    await server?.stop();
    run.cleanup();
  }
}

const hostIndex = process.argv.indexOf('--host');
const hosts = hostIndex === -1 ? ['node', 'web'] : [process.argv[hostIndex + 1]];
let failed = false;
for (const host of hosts) failed = (await runIn(host)) !== 0 || failed;
process.exitCode = failed ? 1 : 0;
