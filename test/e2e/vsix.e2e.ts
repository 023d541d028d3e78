// The packaged extension (`npm run package` → dist/idstudio.vsix), installed into code-server
// like a user would, passes scenario 1 too.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CodeServer } from '../../scripts/e2e/code-server.mjs';
import { repoRoot } from '../../scripts/e2e/paths.mjs';
import { assertDocumentedProblems } from './problems';
import { startServerWith, workbenchPerTest } from './workbench';

const VSIX = path.join(repoRoot, 'dist', 'idstudio.vsix');

suite('Scenario 1 with the installed .vsix', () => {
  let server: CodeServer | undefined;
  suiteSetup(async () => {
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first`);
    server = await startServerWith({ vsix: [VSIX] });
  });
  suiteTeardown(() => server?.stop());
  const workbench = workbenchPerTest('1-problems-vsix', () => ({ server }));

  test('the Problems panel lists the documented problems, with the extension installed from the .vsix', async () => {
    assert.doesNotMatch(await workbench().page.title(), /Extension Development Host/);
    await assertDocumentedProblems(workbench());
  });
});
