// The problems sample-workspace/README.md documents ("Expected diagnostics" table), which
// both the integration suite and the browser scenarios check the real VS Code against. No
// file access here: the suite also runs in a web extension host (the README is read through
// vscode.workspace.fs there, with Node's fs by test/sample-problems.ts elsewhere).

export interface ExpectedProblem {
  file: string; // relative to the workspace folder, `/` separators
  line: number; // 1-based
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
}

const TABLE_ROW = /^\|\s*`([^`]+)`\s*\|\s*(\d+)\s*\|\s*`([a-z-]+)`\s*\|\s*(error|warning|info|hint)\s*\|/;

export function parseExpectedProblems(readme: string): ExpectedProblem[] {
  const section = readme.split(/^## Expected diagnostics$/m)[1] ?? '';
  const problems = section.split('\n').flatMap((row) => {
    const match = TABLE_ROW.exec(row);
    if (!match) return [];
    const [, file, line, code, severity] = match;
    return [{ file, line: Number(line), code, severity: severity as ExpectedProblem['severity'] }];
  });
  if (problems.length === 0) throw new Error('sample-workspace/README.md documents no expected diagnostics');
  return problems;
}
