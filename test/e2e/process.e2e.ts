// Scenario 7: the tree and the status bar tell the truth about progress. An empty folder gets the 12 step
// documents from the templates: "0/12 steps complete", their placeholders in the Problems panel; one step
// filled in turns complete; the whole design filled in reads 12/12. The sample shows its real state.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PHASES, STEPS, type Kind } from '../../server/src/core/kinds';
import { CLEAN } from '../core/helpers';
import { activeTab, readProblemsUntil, runCommand, saveActiveEditor, workbenchPerTest, type ProblemRow } from './workbench';

const LEARNERS_FILE = '1-analyze/02-learners.md';

function treeRow(page: Page, label: string | RegExp): Locator {
  return page.locator('.part.sidebar .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) });
}

const stepRow = (page: Page, step: number) => treeRow(page, new RegExp(`^${step}\\. `));

async function statusIcon(row: Locator): Promise<string> {
  const classes = await row.locator('.custom-view-tree-node-item-icon').getAttribute('class') ?? '';
  return /codicon-([a-z-]+)/.exec(classes)?.[1] ?? `none in "${classes}"`;
}

/** Waits until a step row shows a status icon (the tree refreshes after the server re-checks). */
async function waitForIcon(row: Locator, icon: string): Promise<void> {
  await row.locator(`.custom-view-tree-node-item-icon.codicon-${icon}`).waitFor({ timeout: 30_000 });
}

async function expand(row: Locator): Promise<void> {
  await row.locator('.monaco-tl-twistie').click();
}

async function waitForStatus(page: Page, text: RegExp): Promise<string> {
  const item = page.locator('.statusbar-item', { hasText: text });
  await item.waitFor({ timeout: 30_000 });
  return item.innerText();
}

/** Where "Create the 12 Step Documents" puts each step: `<n>-<phase>/<NN>-<kind>.md`. */
function skeletonPath(kind: Kind): string {
  const step = STEPS.find(entry => entry.kind === kind)!;
  return `${PHASES.indexOf(step.phase) + 1}-${step.phase.toLowerCase()}/${String(step.step).padStart(2, '0')}-${kind}.md`;
}

/** The clean, complete design of the unit tests, one file per step at the skeleton's paths. */
function filledDesign(): Map<string, string> {
  const byKind = new Map(Object.values(CLEAN).map(text => [/\ntype: (\w+)\n/.exec(text)![1] as Kind, text]));
  return new Map(STEPS.map(step => [skeletonPath(step.kind), byKind.get(step.kind)!]));
}

function emptyFolder(workspace: string): void {
  for (const entry of readdirSync(workspace)) rmSync(path.join(workspace, entry), { recursive: true, force: true });
}

suite('Scenario 7: progress through the process', () => {
  suite('from an empty folder', () => {
    const workbench = workbenchPerTest('7-process-skeleton', { prepare: emptyFolder });

    test('12 step documents: 0/12 complete with their placeholders; one step filled turns complete; all filled, 12/12', async () => {
      const { page, workspace } = workbench();
      await page.getByRole('tab', { name: /Instructional Design/ }).click();
      await runCommand(page, 'Create the 12 Step Documents');
      // The files reach the server one by one (file events): wait until every step counts its placeholders.
      for (let step = 1; step <= 12; step++) {
        await stepRow(page, step).locator('.label-description', { hasText: /\d+ placeholders?$/ }).waitFor({ timeout: 30_000 });
        assert.notEqual(await statusIcon(stepRow(page, step)), 'pass', `step ${step} is not complete`);
      }
      const status = await waitForStatus(page, /Design 0\/12 steps complete/);
      assert.match(status, /placeholders/, status);
      const codesOf = (rows: ProblemRow[]) => new Set(rows.map(row => row.code));
      const rows = await readProblemsUntil(page, shown => codesOf(shown).has('placeholder-text') && codesOf(shown).has('factor-not-assessed'));
      assert.deepEqual([...codesOf(rows)].sort(), ['factor-not-assessed', 'placeholder-text'], 'the Problems panel lists the placeholders and step 1\'s factors');
      await workbench().screenshot('7-process-1-skeleton');

      // Fill in step 2 in the editor, as a designer would.
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill(LEARNERS_FILE);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: '02-learners.md' }).first().waitFor();
      await page.keyboard.press('Enter');
      await activeTab(page, '02-learners.md').waitFor();
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(CLEAN['learners.md']);
      await saveActiveEditor(page);
      await waitForStatus(page, /Design 1\/12 steps complete/);
      await waitForIcon(stepRow(page, 2), 'pass');
      await workbench().screenshot('7-process-2-one-step-filled');

      for (const [file, text] of filledDesign()) {
        mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
        writeFileSync(path.join(workspace, file), text);
      }
      await waitForStatus(page, /Design 12\/12 steps complete$/);
      for (let step = 1; step <= 12; step++) await waitForIcon(stepRow(page, step), 'pass');
      await workbench().screenshot('7-process-3-filled');
    });
  });

  suite('on the sample', () => {
    const workbench = workbenchPerTest('7-process-sample');

    test('the status bar and the tree show which steps the documented problems keep open', async () => {
      const { page } = workbench();
      await page.getByRole('tab', { name: /Instructional Design/ }).click();
      const status = await waitForStatus(page, /Design 7\/12 steps complete · 1 error · \d+ warnings · 1 placeholder/);
      assert.match(status, /Design 7\/12 steps complete/);
      await stepRow(page, 12).waitFor({ timeout: 20_000 });
      const open = [4, 6, 7, 9, 10];
      for (let step = 1; step <= 12; step++) {
        const icon = await statusIcon(stepRow(page, step));
        assert.equal(icon === 'pass', !open.includes(step), `step ${step}: ${icon}`);
      }
      await expand(stepRow(page, 10));
      await treeRow(page, /^1 placeholder to fill in$/).waitFor();
      await expand(stepRow(page, 1));
      await expand(treeRow(page, /^GOAL-IPC$/));
      await treeRow(page, /^Measured by$/).first().waitFor();
      await workbench().screenshot('7-process-sample');
    });
  });
});
