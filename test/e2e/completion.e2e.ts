// Scenario 6: completion offers the ids of the expected kind inside a reference list.
import assert from 'node:assert/strict';
import { openFile, placeCursorAt, readWorkspaceFile, saveActiveEditor, workbenchPerTest } from './workbench';

const FILE = '3-develop/09-lesson-2-ppe.md';
const LISTED = ['OBJ-PPE-1', 'OBJ-PPE-2', 'OBJ-PPE-3'];
const CHOSEN = 'OBJ-HH-1';
const REFERENCE_LIST = `objectives: [${LISTED.join(', ')}]`;

suite('Scenario 6: completion of ids in a reference list', () => {
  const workbench = workbenchPerTest('6-completion');

  test('after ", " in `objectives: [...]`, Ctrl+Space suggests the other objectives, and only objectives', async () => {
    const { page } = workbench();
    await openFile(page, FILE);
    await placeCursorAt(workbench(), FILE, REFERENCE_LIST, REFERENCE_LIST.length - 1); // before `]`
    await page.keyboard.type(', ');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await suggestions.filter({ hasText: 'objective' }).first().waitFor({ timeout: 15_000 });
    const labels = (await suggestions.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? '')))
      .map((label) => label.split(',')[0].trim());
    await workbench().screenshot('6-completion-list');
    assert.ok(labels.length >= 5, `several objectives offered: ${labels}`);
    assert.deepEqual(labels.filter((label) => !label.startsWith('OBJ-')), [], 'only objective ids are offered');
    assert.deepEqual(labels.filter((label) => LISTED.includes(label)), [], 'ids already in the list are not offered again');

    const chosen = labels.indexOf(CHOSEN);
    assert.ok(chosen >= 0, `${CHOSEN} is offered`);
    for (let step = 0; step < chosen; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await saveActiveEditor(page);
    assert.ok(readWorkspaceFile(workbench(), FILE).includes(`objectives: [${[...LISTED, CHOSEN].join(', ')}]`));
  });
});
