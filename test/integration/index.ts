// Mocha entry point that VS Code's extension host `require`s (extensionTestsPath) and whose
// run() it awaits. The host exits 0 whatever run() does, so the outcome also goes to a
// result file (IDSTUDIO_TEST_RESULT) that the launcher reads and fails on.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
}

function runMocha(mocha: Mocha): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  return new Promise((resolve) => {
    mocha.run(() => resolve(outcomes))
      .on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed' }))
      .on('pending', (test) => outcomes.push({ title: test.fullTitle(), state: 'pending' }))
      .on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
  });
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  const grep = process.env.IDSTUDIO_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.itest.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  let outcomes: TestOutcome[];
  try {
    outcomes = await runMocha(mocha);
  } catch (error) {
    outcomes = [{ title: 'loading the test files', state: 'failed', error: String(error) }];
  }
  const resultFile = process.env.IDSTUDIO_TEST_RESULT;
  if (resultFile) writeFileSync(resultFile, JSON.stringify(outcomes, null, 2));
  const failures = outcomes.filter((outcome) => outcome.state === 'failed').length;
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
