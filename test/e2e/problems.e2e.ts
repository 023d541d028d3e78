// Scenario 1: opening sample-workspace lists the documented problems in the Problems panel,
// including those of files that were never opened.
import { assertDocumentedProblems } from './problems';
import { workbenchPerTest } from './workbench';

suite('Scenario 1: Problems of sample-workspace', () => {
  const workbench = workbenchPerTest('1-problems');

  test('the Problems panel lists the documented problems, including never-opened files', async () => {
    await assertDocumentedProblems(workbench());
  });
});
