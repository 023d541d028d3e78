// Types for paths.mjs, for the TypeScript scenarios in test/e2e.
export const repoRoot: string;
export const sampleWorkspace: string;
export const testResultsDir: string;
export function copySampleWorkspace(): string;
