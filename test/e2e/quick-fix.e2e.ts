// Scenario 3: typing a non-measurable objective shows a squiggle; its quick fix removes it.
import { applyMeasurableVerbFix } from './quick-fix';
import { workbenchPerTest } from './workbench';

suite('Scenario 3: non-measurable objective and its quick fix', () => {
  const workbench = workbenchPerTest('3-quick-fix');

  test('a squiggle appears under "understand" and the quick fix makes it go away', async () => {
    await applyMeasurableVerbFix(workbench(), '3-quick-fix');
  });
});
