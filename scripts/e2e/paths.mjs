// Locations shared by the e2e launchers.
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sampleWorkspace = path.join(repoRoot, 'sample-workspace');
export const testResultsDir = path.join(repoRoot, 'test-results');

/** A throwaway copy of sample-workspace, so tests may edit and rename freely. */
export function copySampleWorkspace() {
  const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'idstudio-workspace-')), 'sample-workspace');
  cpSync(sampleWorkspace, copy, { recursive: true });
  return copy;
}
