// Mocha entry point that VS Code's Node extension host `require`s (extensionTestsPath) and
// whose run() it awaits. The host exits 0 whatever run() does, so the outcome also goes to a
// result file (IDSTUDIO_TEST_RESULT) that the launcher reads and fails on.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectOutcomes, throwOnFailures } from './outcomes';

export async function run(): Promise<void> {
  // As the other runners: a stray .only fails CI, and a run that selects no test fails.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, forbidOnly: Boolean(process.env.CI), failZero: true });
  const grep = process.env.IDSTUDIO_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.itest.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const outcomes = await collectOutcomes((done) => mocha.run(done));
  const resultFile = process.env.IDSTUDIO_TEST_RESULT;
  if (resultFile) writeFileSync(resultFile, JSON.stringify(outcomes, null, 2));
  throwOnFailures(outcomes);
}
