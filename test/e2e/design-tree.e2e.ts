// Scenario 2: the Design tree shows the ADDIE phases, the 12 steps with their status, and
// the items; clicking an item opens its file at its line.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { activeTab, lineOf, waitForCursorLine, workbenchPerTest } from './workbench';

const PHASES = ['Analyze', 'Design', 'Develop', 'Implement', 'Evaluate'];
const OBJECTIVES_FILE = '2-design/06-objectives.md';
const ITEM = 'OBJ-PPE-2';

function treeRow(page: Page, label: string | RegExp): Locator {
  return page.locator('.part.sidebar .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) });
}

/** The status codicon a step row shows (pass, warning, error, circle-outline, ...). */
async function statusIcon(row: Locator): Promise<string> {
  const classes = await row.locator('.custom-view-tree-node-item-icon').getAttribute('class') ?? '';
  return /codicon-([a-z-]+)/.exec(classes)?.[1] ?? `none in "${classes}"`;
}

suite('Scenario 2: Design tree', () => {
  const workbench = workbenchPerTest('2-design-tree');

  test('phases, steps with status and items; clicking an item opens its file at its line', async () => {
    const { page, workspace } = workbench();
    await page.getByRole('tab', { name: /Instructional Design/ }).click();
    for (const phase of PHASES) await treeRow(page, new RegExp(`^${phase}$`)).waitFor({ timeout: 20_000 });

    // Statuses that follow from the problems sample-workspace/README.md documents.
    const stepRow = (step: number) => treeRow(page, new RegExp(`^${step}\\. `));
    await stepRow(12).waitFor();
    assert.equal(await statusIcon(stepRow(2)), 'pass', 'step 2 (learners) is complete');
    assert.equal(await statusIcon(stepRow(6)), 'warning', 'step 6 (objectives) has warnings');
    assert.equal(await statusIcon(stepRow(7)), 'error', 'step 7 (assessments) has an unknown reference');
    for (let step = 1; step <= 12; step++) {
      assert.ok((await stepRow(step).locator('.label-description').innerText()).trim(), `step ${step} describes its status`);
    }

    await stepRow(6).click();
    const item = treeRow(page, new RegExp(`^${ITEM}$`));
    await item.waitFor();
    await workbench().screenshot('2-design-tree-expanded');
    await item.click();
    await activeTab(page, path.basename(OBJECTIVES_FILE)).waitFor({ timeout: 10_000 });
    await waitForCursorLine(page, lineOf(workspace, OBJECTIVES_FILE, `id: ${ITEM}`));
  });
});
