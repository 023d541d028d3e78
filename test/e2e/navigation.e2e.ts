// Scenario 5: go to definition from a reference, then rename the id and see every file change.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { activeTab, lineOf, openFile, placeCursorAt, readWorkspaceFile, runCommand, waitForCursorLine, workbenchPerTest, type Workbench } from './workbench';

const REFERENCING_FILE = '3-develop/09-lesson-2-ppe.md';
const DEFINING_FILE = '2-design/06-objectives.md';
const OLD_ID = 'OBJ-PPE-1';
const NEW_ID = 'OBJ-PPE-select';
const mentions = (id: string) => new RegExp(`${id}(?![\\w.-])`);

function markdownFiles(workspace: string): string[] {
  return readdirSync(workspace, { recursive: true }).map(String).filter((file) => file.endsWith('.md')).map((file) => file.split(path.sep).join('/')).sort();
}

function snapshot(workbench: Workbench): Map<string, string> {
  return new Map(markdownFiles(workbench.workspace).map((file) => [file, readWorkspaceFile(workbench, file)]));
}

suite('Scenario 5: go to definition and rename', () => {
  const workbench = workbenchPerTest('5-navigation');

  test('F12 on a reference opens the definition; F2 renames the id in every file', async () => {
    const { page, workspace } = workbench();
    const before = snapshot(workbench());
    const filesWithId = [...before].filter(([, text]) => mentions(OLD_ID).test(text)).map(([file]) => file);
    assert.ok(filesWithId.length >= 3, `sample-workspace uses ${OLD_ID} in several files`);

    await openFile(page, REFERENCING_FILE);
    await placeCursorAt(workbench(), REFERENCING_FILE, OLD_ID, 2);
    await page.keyboard.press('F12');
    await activeTab(page, path.basename(DEFINING_FILE)).waitFor({ timeout: 10_000 });
    const definitionLine = lineOf(workspace, DEFINING_FILE, `id: ${OLD_ID}`);
    await waitForCursorLine(page, definitionLine);
    await workbench().screenshot('5-navigation-definition');

    await page.keyboard.press('F2');
    const renameInput = page.locator('.rename-box input');
    await renameInput.waitFor({ timeout: 10_000 });
    await renameInput.fill(NEW_ID);
    await page.keyboard.press('Enter');
    await renameInput.waitFor({ state: 'hidden' });
    await page.locator('.tabs-container .tab.dirty').first().waitFor();
    await runCommand(page, 'File: Save All Files');

    let after = snapshot(workbench());
    for (let attempt = 0; attempt < 40 && filesWithId.some((file) => mentions(OLD_ID).test(after.get(file)!)); attempt++) {
      await page.waitForTimeout(250);
      after = snapshot(workbench());
    }
    for (const file of filesWithId) {
      const text = after.get(file)!;
      assert.ok(!mentions(OLD_ID).test(text) && mentions(NEW_ID).test(text), `${file} now says ${NEW_ID} instead of ${OLD_ID}`);
      assert.equal(text, before.get(file)!.replace(new RegExp(mentions(OLD_ID), 'g'), NEW_ID), `${file} changed only where the id was`);
    }
    const untouched = [...before.keys()].filter((file) => !filesWithId.includes(file));
    assert.deepEqual(untouched.filter((file) => after.get(file) !== before.get(file)), [], 'files without the id are unchanged');
  });
});
