// Scenario 3: typing a non-measurable objective shows a squiggle; its quick fix removes it.
import assert from 'node:assert/strict';
import { goToPosition, lineOf, openFile, readWorkspaceFile, saveActiveEditor, squiggles, workbenchPerTest } from './workbench';

const FILE = '2-design/06-objective-hand-hygiene-compliance.md';
const VAGUE_STATEMENT = 'statement: During a ward round, the nurse will understand the five moments for hand hygiene.';

suite('Scenario 3: non-measurable objective and its quick fix', () => {
  const workbench = workbenchPerTest('3-quick-fix');

  test('a squiggle appears under "understand" and the quick fix makes it go away', async () => {
    const { page, workspace } = workbench();
    await openFile(page, FILE);
    const statementLine = lineOf(workspace, FILE, 'statement:');
    await goToPosition(page, statementLine);
    await page.keyboard.press('Control+L'); // the whole (word-wrapped) line
    await page.keyboard.insertText(`${VAGUE_STATEMENT}\n`);
    await squiggles(page, 'warning').first().waitFor({ timeout: 20_000 });
    await workbench().screenshot('3-quick-fix-squiggle');

    await goToPosition(page, statementLine, VAGUE_STATEMENT.indexOf('understand') + 1);
    await page.keyboard.press('Control+.');
    const fixes = page.locator('.action-widget .monaco-list-row.action');
    await fixes.first().waitFor({ timeout: 10_000 });
    const titles = await fixes.allInnerTexts();
    const fix = titles.findIndex((title) => /^Replace "understand" with "\w+"/.test(title));
    assert.ok(fix >= 0, `a quick fix replacing "understand" among: ${titles.join(' | ')}`);
    const verb = /with "(\w+)"/.exec(titles[fix])![1];
    for (let step = 0; step < fix; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines', { hasText: `the nurse will ${verb} the five moments` }).waitFor({ timeout: 10_000 });
    await squiggles(page, 'warning').first().waitFor({ state: 'detached', timeout: 20_000 });

    await saveActiveEditor(page);
    const fixedStatement = readWorkspaceFile(workbench(), FILE).split('\n')[statementLine - 1];
    assert.equal(fixedStatement, VAGUE_STATEMENT.replace('understand', verb));
  });
});
