// Scenario: the alignment matrix opens from the Design view on the sample, shows its rows, gaps and
// counts in the webview, follows a file change, and a click on a cell opens the item at its id.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  activeTab, lineOf, readWorkspaceFile, waitForCursorLine, waitForLanguageServer, workbenchPerTest,
} from './workbench';

const ASSESSMENTS = '2-design/07-assessments.md';

/** Webviews are nested iframes: the frame whose document holds the matrix table. */
async function matrixFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('table#matrix').count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('no webview frame with the alignment matrix');
}

suite('Scenario: alignment matrix', () => {
  const workbench = workbenchPerTest('alignment-matrix');

  test('rows, marks and counts of the sample; live on file changes; a click opens the item; light and dark', async () => {
    const { page, workspace } = workbench();
    await page.getByRole('tab', { name: /Instructional Design/ }).click();
    await waitForLanguageServer(page);
    await page.locator('.part.sidebar .action-label[aria-label="Open Alignment Matrix"]').first().click();
    const frame = await matrixFrame(page);

    const rows = frame.locator('tr[data-objective]');
    assert.equal(await rows.count(), 18, 'one row per objective of the sample');
    const row = (id: string) => frame.locator(`tr[data-objective="${id}"]`);
    assert.deepEqual(await row('OBJ-PPE-3').locator('[data-mark]').evaluateAll(marks => marks.map(mark => mark.getAttribute('data-mark'))), ['not-assessed']);
    assert.equal(await row('OBJ-PPE-3').locator('[data-mark]').getAttribute('aria-label'), 'Gap: not assessed');
    assert.equal(await frame.locator('tr.group', { hasText: 'Task T-HAI' }).locator('[data-mark="task-without-skills"]').count(), 1);
    assert.equal((await row('OBJ-HH-1').locator('td[data-column="assessments"]').innerText()).replace(/\s+/g, ' ').trim(), 'AS-written tests knowledge');
    assert.equal(await frame.locator('#count-assessed .value').innerText(), '17/18 (94%)');
    assert.equal(await frame.locator('#count-tasks-without-skills .value').innerText(), '1');
    assert.match(await frame.locator('#steps-complete').innerText(), /^\d+ of 12 steps complete$/);
    assert.equal(await frame.locator('tfoot td[data-column="assessments"]').innerText(), '17 of 18 objectives');
    await workbench().screenshot('alignment-matrix-light');

    // Filter by task, sort by gap, move between cells with the keyboard.
    await frame.locator('#filter-task').selectOption('T-PPE');
    assert.deepEqual(await rows.evaluateAll(found => found.map(entry => entry.getAttribute('data-objective'))), ['OBJ-PPE-1', 'OBJ-PPE-2', 'OBJ-PPE-3']);
    await frame.locator('#filter-task').selectOption('all');
    await frame.locator('#sort').selectOption('gap');
    assert.equal(await rows.first().getAttribute('data-objective'), 'OBJ-PPE-3');
    await frame.locator('#sort').selectOption('task');
    await frame.locator('table#matrix th').first().focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await frame.evaluate(() => document.activeElement?.getAttribute('data-cell')), await frame.locator('table#matrix tbody tr').first().locator('th, td').first().getAttribute('data-cell'));

    // Live: correcting the typing error on disk assesses OBJ-PPE-3.
    const file = path.join(workspace, ASSESSMENTS);
    writeFileSync(file, readWorkspaceFile(workbench(), ASSESSMENTS).replace('OBJ-PEE-3', 'OBJ-PPE-3'));
    await frame.locator('#count-assessed .value', { hasText: '18/18 (100%)' }).waitFor({ timeout: 20_000 });
    assert.equal(await row('OBJ-PPE-3').locator('[data-mark]').count(), 0);

    // The webview follows the theme: its colours come from the workbench's CSS variables.
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' })
      .filter({ hasNotText: 'Marketplace' }).first().click();
    await input.fill('Dark Modern');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().click();
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 10_000 });
    await frame.locator('body.vscode-dark').waitFor({ timeout: 10_000 });
    assert.notEqual(await background(), lightBackground);
    await workbench().screenshot('alignment-matrix-dark');

    await row('OBJ-HH-1').locator('td[data-column="assessments"] a.item', { hasText: 'AS-written' }).click();
    await activeTab(page, path.basename(ASSESSMENTS)).waitFor({ timeout: 30_000 });
    await waitForCursorLine(page, lineOf(workspace, ASSESSMENTS, 'id: AS-written'));
  });
});
