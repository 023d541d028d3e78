// Scenario 7 (issue 12): the extension stays invisible in a folder without a design (a Hugo/Docsy site:
// no problems, no status bar item) and appears once a design document exists; a design folder without
// .idstudio.json shows its problems as it opens, without opening a file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readProblems, readProblemsUntil, workbenchPerTest, type ProblemRow } from './workbench';
import { repoRoot } from '../../scripts/e2e/paths.mjs';

const FIXTURES = path.join(repoRoot, 'test', 'fixtures');
const DESIGN_STATUS = /Design \d+\/12 steps/;

/** Replaces the workspace copy's content by a fixture folder. */
function useFixture(fixture: string): (workspace: string) => void {
  return workspace => {
    for (const entry of readdirSync(workspace)) rmSync(path.join(workspace, entry), { recursive: true, force: true });
    cpSync(path.join(FIXTURES, fixture), workspace, { recursive: true });
  };
}

const idstudioRows = (rows: ProblemRow[]) => rows.filter(row => row.source === 'idstudio');
const where = (file: string, line: number, code: string) => `${path.posix.basename(file)}:${line} ${code}`;

suite('Scenario 7: only designs get diagnostics', () => {
  suite('a Hugo/Docsy site', () => {
    const workbench = workbenchPerTest('7-docsy-site', { prepare: useFixture('sites/docsy') });

    test('shows no problems and no design status, until a design document is written', async () => {
      const { page, workspace } = workbench();
      // The extension activates on folders with Markdown: give it time to index and publish (it must not).
      await page.waitForTimeout(8_000);
      assert.deepEqual(idstudioRows(await readProblems(page)), []);
      assert.equal(await page.locator('.statusbar-item', { hasText: DESIGN_STATUS }).count(), 0, 'no design status item');
      await page.screenshot({ path: path.join(repoRoot, 'test-results', 'e2e', '7-docsy-site-quiet.png') }).catch(() => undefined);

      writeFileSync(path.join(workspace, 'objective.md'), '---\ntype: objective\nid: OBJ-1\nstatement: The learner will understand the site.\n---\n');
      await page.locator('.statusbar-item', { hasText: DESIGN_STATUS }).waitFor({ timeout: 30_000 });
      const rows = await readProblemsUntil(page, shown => idstudioRows(shown).some(row => row.code === 'objective-not-measurable'));
      assert.ok(idstudioRows(rows).every(row => row.file.endsWith('objective.md')), 'only the design document has problems');
    });
  });

  suite('a design folder without .idstudio.json', () => {
    const workbench = workbenchPerTest('7-design-without-config', { prepare: useFixture('cli/errors') });

    test('shows the problems idstudio check finds, without opening a file', async () => {
      const { page, workspace } = workbench();
      const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json'], { cwd: workspace, encoding: 'utf8' });
      const expected = (JSON.parse(run.stdout) as { file: string; line: number; code: string }[]).map(problem => where(problem.file, problem.line, problem.code)).sort();
      assert.ok(expected.length >= 4);
      const shown = (rows: ProblemRow[]) => idstudioRows(rows).map(row => where(row.file, row.line, row.code)).sort();
      const rows = await readProblemsUntil(page, current => shown(current).length >= expected.length);
      assert.deepEqual(shown(rows), expected);
      assert.equal(await page.locator('.tabs-container .tab').count(), 0, 'no file was opened');
    });
  });
});
