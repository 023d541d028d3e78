// Checks the Problems panel against the problems sample-workspace/README.md documents.
import assert from 'node:assert/strict';
import type { ExpectedProblem } from '../integration/expected-problems';
import { readExpectedProblems } from '../sample-problems';
import { readProblemsUntil, type ProblemRow, type Workbench } from './workbench';

const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

function describeRows(rows: ProblemRow[]): string {
  return rows.map((row) => `${row.file}:${row.line} ${row.severity} ${row.source}(${row.code})`).join('\n');
}

/**
 * Waits until the Problems panel shows every documented problem, then checks nothing else is there.
 * Returns how long after the workbench started loading all of them showed (ms).
 */
export async function assertDocumentedProblems(workbench: Workbench): Promise<number> {
  const expected = readExpectedProblems(workbench.workspace);
  const shows = (rows: ProblemRow[], problem: ExpectedProblem) => rows.some((row) => row.file === problem.file
    && row.line === problem.line && row.code === problem.code && row.severity === SEVERITY_LABELS[problem.severity]);
  const rows = await readProblemsUntil(workbench.page, (shown) => expected.every((problem) => shows(shown, problem)));
  const elapsed = Date.now() - workbench.loadStarted;
  const missing = expected.filter((problem) => !shows(rows, problem));
  assert.deepEqual(missing, [], `documented problems missing from the Problems panel, which shows:\n${describeRows(rows)}`);
  const idstudioRows = rows.filter((row) => row.source === 'idstudio');
  assert.equal(idstudioRows.length, expected.length, `undocumented problems:\n${describeRows(idstudioRows)}`);
  assert.equal(await workbench.page.locator('.tabs-container .tab').count(), 0, 'no file was opened');
  return elapsed;
}

