import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { parseExpectedProblems, type ExpectedProblem } from './expected-problems';
import { activateExtension, diagnosticCode, idstudioDiagnostics, waitFor, workspaceFile, workspaceFolder } from './helpers';

const SEVERITY_NAMES = new Map([
  [vscode.DiagnosticSeverity.Error, 'error'], [vscode.DiagnosticSeverity.Warning, 'warning'],
  [vscode.DiagnosticSeverity.Information, 'info'], [vscode.DiagnosticSeverity.Hint, 'hint'],
]);

function describeProblem(problem: ExpectedProblem): string {
  return `${problem.file}:${problem.line} ${problem.code} ${problem.severity}`;
}

/** Every idstudio diagnostic VS Code holds, in the README's terms. */
function publishedProblems(): string[] {
  const root = workspaceFolder().path;
  return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics
    .filter((diagnostic) => diagnostic.source === 'idstudio')
    .map((diagnostic) => describeProblem({
      file: uri.path.slice(root.length + 1),
      line: diagnostic.range.start.line + 1,
      code: diagnosticCode(diagnostic),
      severity: SEVERITY_NAMES.get(diagnostic.severity) as ExpectedProblem['severity'],
    }))).sort();
}

suite('Diagnostics', () => {
  suiteSetup(activateExtension);

  test('the documented problems of sample-workspace, nothing else, without opening a file', async () => {
    const readme = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('README.md')));
    const expected = parseExpectedProblems(readme).map(describeProblem).sort();
    const matches = () => JSON.stringify(publishedProblems()) === JSON.stringify(expected);
    await waitFor('the documented diagnostics', matches).catch(() => undefined); // the assertion shows the difference
    assert.deepEqual(publishedProblems(), expected);
    const openDocuments = vscode.workspace.textDocuments.map((document) => document.uri.path);
    assert.ok(!openDocuments.some((file) => file.endsWith('.md')), `no design document was opened: ${openDocuments}`);
  });

  test('a non-measurable objective is flagged as it is typed and its quick fix clears it', async () => {
    const uri = workspaceFile('2-design/06-objective-hand-hygiene-compliance.md');
    const editor = await vscode.window.showTextDocument(uri);
    const statementLine = editor.document.getText().split('\n').findIndex((line) => line.startsWith('statement:'));
    assert.ok(statementLine >= 0, 'the objective has a statement line');
    await editor.edit((edit) => edit.replace(editor.document.lineAt(statementLine).range,
      'statement: Given the ward hand hygiene poster, the nurse will understand the five moments for hand hygiene.'));
    const notMeasurable = () => idstudioDiagnostics(uri).find((diagnostic) => diagnosticCode(diagnostic) === 'objective-not-measurable');
    const diagnostic = await waitFor('objective-not-measurable on the edited statement', notMeasurable);
    assert.equal(diagnostic.range.start.line, statementLine);

    const resolveEdits = 10; // code actions may carry their edit only once resolved
    let offered: string[] = [];
    const replaceUnderstand = async () => {
      // Retried: a request that meets the server still settling the edit may come back cancelled or empty.
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
        uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, resolveEdits).then((found) => found, () => []);
      offered = actions.map((action) => action.title);
      return actions.find((action) => /^Replace "understand" with "\w+"/.test(action.title) && action.edit);
    };
    const fix = await waitFor('a quick fix replacing "understand"', replaceUnderstand, 10_000)
      .catch(() => assert.fail(`no quick fix replacing "understand", with an edit, among: ${offered.join(' | ')}`));
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitFor('objective-not-measurable to go away after the quick fix', () => !notMeasurable());
    assert.doesNotMatch(editor.document.lineAt(statementLine).text, /understand/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
