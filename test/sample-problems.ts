import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExpectedProblems, type ExpectedProblem } from './integration/expected-problems';

/** The problems a sample workspace's README.md documents, read from disk. */
export function readExpectedProblems(workspaceFolder: string): ExpectedProblem[] {
  return parseExpectedProblems(readFileSync(path.join(workspaceFolder, 'README.md'), 'utf8'));
}
