// Scenario 1: opening sample-workspace lists the documented problems in the Problems panel,
// including those of files that were never opened.
import { assertDocumentedProblems } from './problems';
import { workbenchPerTest } from './workbench';

suite('Scenario 1: Problems of sample-workspace', () => {
  const workbench = workbenchPerTest('1-problems');

  test('the Problems panel lists the documented problems, including never-opened files', async function () {
    const elapsed = await assertDocumentedProblems(workbench());
    // The report shows titles: carry the time from loading the workbench to all problems shown.
    this.test!.title += ` (Node host: all shown ${(elapsed / 1000).toFixed(1)} s after loading)`;
  });
});
