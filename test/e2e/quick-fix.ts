// Typing a non-measurable objective shows a squiggle; its quick fix removes it (scenario 3,
// and the web-worker host's scenario).
import assert from 'node:assert/strict';
import { goToPosition, lineOf, openFile, readWorkspaceFile, saveActiveEditor, squiggles, waitForSquiggleUnder, type Workbench } from './workbench';

const FILE = '2-design/06-objective-hand-hygiene-compliance.md';
const VAGUE_STATEMENT = 'statement: During a ward round, the nurse will understand the five moments for hand hygiene.';

export async function applyMeasurableVerbFix(workbench: Workbench, screenshotPrefix: string): Promise<void> {
  const { page, workspace } = workbench;
  await openFile(page, FILE);
  const statementLine = lineOf(workspace, FILE, 'statement:');
  await goToPosition(page, statementLine);
  await page.keyboard.press('Control+L'); // the whole (word-wrapped) line
  await page.keyboard.insertText(`${VAGUE_STATEMENT}\n`);
  await waitForSquiggleUnder(page, 'warning', 'understand');
  await workbench.screenshot(`${screenshotPrefix}-squiggle`);

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
  const fixedStatement = readWorkspaceFile(workbench, FILE).split('\n')[statementLine - 1];
  assert.equal(fixedStatement, VAGUE_STATEMENT.replace('understand', verb));
}
