// What a run of the suite reports to its launcher, in either extension host.
import type Mocha from 'mocha';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
}

/** Runs mocha and collects each test's outcome; a loading failure counts as a failed test. */
export async function collectOutcomes(run: (done: () => void) => Mocha.Runner): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  try {
    await new Promise<void>((resolve) => {
      run(() => resolve())
        .on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed' }))
        .on('pending', (test) => outcomes.push({ title: test.fullTitle(), state: 'pending' }))
        .on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
    });
  } catch (error) {
    outcomes.push({ title: 'loading the test files', state: 'failed', error: String(error) });
  }
  return outcomes;
}

/** Fails run() too (the launcher reads the outcomes, since the host's exit code does not tell). */
export function throwOnFailures(outcomes: readonly TestOutcome[]): void {
  const failures = outcomes.filter((outcome) => outcome.state === 'failed').length;
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
