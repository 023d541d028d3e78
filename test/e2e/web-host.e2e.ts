// Scenario 7: the extension in the web-worker extension host, the one vscode.dev and github.dev
// use. code-server runs a hybrid extension (main + browser) in its Node host unless the user
// setting "remote.extensionKind" asks for the web one: then the client runs in the worker host
// and the language server in a nested Web Worker, reading files through the client.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CodeServer } from '../../scripts/e2e/code-server.mjs';
import { assertDocumentedProblems } from './problems';
import { applyMeasurableVerbFix } from './quick-fix';
import { readProblemsUntil, startServerWith, waitForLanguageServer, workbenchPerTest } from './workbench';

const { publisher, name } = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const EXTENSION_ID = `${publisher}.${name}`;
const PHASES = ['Analyze', 'Design', 'Develop', 'Implement', 'Evaluate'];

/** Whether the Node extension host activated the extension (its log names each one it activates). */
function activatedInNodeHost(server: CodeServer): boolean {
  const logs = path.join(server.tempDir, 'user', 'logs');
  const hostLogs = readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('remoteexthost.log'));
  return hostLogs.some((file) => readFileSync(path.join(logs, file), 'utf8').includes(`_doActivateExtension ${EXTENSION_ID}`));
}

async function showDesignTree(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Instructional Design/ }).click();
  for (const phase of PHASES) {
    await page.locator('.part.sidebar .monaco-list-row .label-name', { hasText: new RegExp(`^${phase}$`) }).waitFor({ timeout: 20_000 });
  }
}

suite('Scenario 7: in the web-worker extension host (vscode.dev)', () => {
  let server: CodeServer;
  suiteSetup(async () => {
    server = await startServerWith({ settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } });
  });
  suiteTeardown(() => server?.stop());
  const workbench = workbenchPerTest('7-web-host', () => ({ server, developmentExtension: true }));

  test('the documented problems of never-opened files, then the design tree', async function () {
    const elapsed = await assertDocumentedProblems(workbench());
    assert.equal(activatedInNodeHost(server), false, 'the extension ran in the web worker, not in the Node host');
    await waitForLanguageServer(workbench().page);
    await showDesignTree(workbench().page);
    await workbench().screenshot('7-web-host-tree');
    this.test!.title += ` (web worker host: all shown ${(elapsed / 1000).toFixed(1)} s after loading)`;
  });

  test('a quick fix applies', async () => {
    await applyMeasurableVerbFix(workbench(), '7-web-host-quick-fix');
  });

  test('a file created on disk appears in the diagnostics', async () => {
    const { page, workspace } = workbench();
    await assertDocumentedProblems(workbench());
    writeFileSync(path.join(workspace, '1-analyze', '05-skills-added.md'), '---\ntype: skill\nid: [unclosed\n---\n');
    const rows = await readProblemsUntil(page, (shown) => shown.some((row) => row.file.endsWith('05-skills-added.md')));
    const added = rows.filter((row) => row.file.endsWith('05-skills-added.md')).map((row) => `${row.severity} ${row.code}`);
    assert.ok(added.includes('Error front-matter-syntax'), `the Problems panel shows for the new file: ${added.join(', ')}`);
  });
});

suite('Scenario 8: Restricted Mode (an untrusted folder)', () => {
  let server: CodeServer;
  suiteSetup(async () => {
    server = await startServerWith({ workspaceTrust: true, settings: { 'security.workspace.trust.startupPrompt': 'never' } });
  });
  suiteTeardown(() => server?.stop());
  const workbench = workbenchPerTest('8-restricted-mode', () => ({ server, developmentExtension: true }));

  test('the extension only reads files, so it runs and shows the documented problems', async () => {
    const { page } = workbench();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ timeout: 20_000 });
    await assertDocumentedProblems(workbench());
  });
});
