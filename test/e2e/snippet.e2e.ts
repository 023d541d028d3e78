// Scenario 4: inserting a step snippet into a new file gives a valid design document.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openFile, readProblemsUntil, readWorkspaceFile, saveActiveEditor, squiggles, workbenchPerTest, type ProblemRow } from './workbench';

const NEW_FILE = '2-design/06-objective-sharps.md';
const PREFIX = 'step6-objectives';
// The snippet's placeholders, in tab order: id, title, condition, behaviour, criterion, level (a choice), skills.
const ANSWERS = ['OBJ-SHARPS-1', 'Dispose of a used needle', 'a used needle and a sharps container at the bedside',
  'perform the disposal of the needle into the container without recapping it', 'within five seconds of use', undefined, 'SK-SHARPS-dispose'];

suite('Scenario 4: step snippet in a new file', () => {
  const workbench = workbenchPerTest('4-snippet', { prepare: (workspace) => writeFileSync(path.join(workspace, NEW_FILE), '') });

  test(`"${PREFIX}" fills a new file with a valid objectives document`, async () => {
    const { page } = workbench();
    await openFile(page, NEW_FILE);
    await page.keyboard.type(PREFIX);
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: PREFIX }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    for (const [index, answer] of ANSWERS.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      if (answer) await page.keyboard.insertText(answer);
      else await page.keyboard.press('Escape'); // keep the choice's first value, close its list
    }
    await page.keyboard.press('Escape');
    await saveActiveEditor(page);

    const text = readWorkspaceFile(workbench(), NEW_FILE);
    assert.match(text, /^---\ntype: objective\nitems:\n {2}- id: OBJ-SHARPS-1\n/);
    assert.ok(text.includes('skills: [SK-SHARPS-dispose]'), text);
    // Valid and complete; only what no other document can say yet: nothing assesses or practises it.
    const expected = ['objective-not-assessed', 'objective-without-activity'];
    const codesOfNewFile = (rows: ProblemRow[]) => rows.filter((row) => row.file === NEW_FILE).map((row) => row.code).sort();
    const problems = await readProblemsUntil(page, (rows) => JSON.stringify(codesOfNewFile(rows)) === JSON.stringify(expected));
    assert.deepEqual(codesOfNewFile(problems), expected);
    assert.equal(await squiggles(page, 'error').count(), 0);
  });
});
