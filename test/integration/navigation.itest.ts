import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, positionOf, waitFor, workspaceFile } from './helpers';

const LESSON = '3-develop/09-lesson-2-ppe.md';
const OBJECTIVES = '2-design/06-objectives.md';
const REFERENCE_LIST = 'objectives: [OBJ-PPE-1, OBJ-PPE-2, OBJ-PPE-3]';

async function openLesson(): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(workspaceFile(LESSON));
}

suite('Navigation, rename and completion', () => {
  suiteSetup(activateExtension);

  test('go to definition leads from a reference to the id it names', async () => {
    const lesson = await openLesson();
    const reference = positionOf(lesson, 'OBJ-PPE-2', REFERENCE_LIST).translate(0, 3);
    const definitions = await waitFor('a definition of OBJ-PPE-2', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', lesson.uri, reference);
      return found.length > 0 && found;
    });
    assert.equal(definitions.length, 1);
    const definition = definitions[0];
    const [uri, range] = 'targetUri' in definition ? [definition.targetUri, definition.targetSelectionRange ?? definition.targetRange] : [definition.uri, definition.range];
    assert.equal(uri.path, workspaceFile(OBJECTIVES).path);
    const objectives = await vscode.workspace.openTextDocument(uri);
    assert.equal(objectives.getText(range), 'OBJ-PPE-2');
    assert.match(objectives.lineAt(range.start.line).text, /^\s*- id: OBJ-PPE-2$/);
  });

  test('rename changes the definition and every reference, in every file', async () => {
    const lesson = await openLesson();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider',
      lesson.uri, positionOf(lesson, 'OBJ-PPE-1', REFERENCE_LIST), 'OBJ-PPE-select');
    const changedFiles = edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri)).sort();
    assert.deepEqual(changedFiles, ['2-design/06-objectives.md', '2-design/07-assessments.md', '2-design/08-activities.md', LESSON]);
    for (const [uri, edits] of edit.entries()) {
      const document = await vscode.workspace.openTextDocument(uri);
      for (const textEdit of edits) {
        assert.equal(document.getText(textEdit.range), 'OBJ-PPE-1', `${vscode.workspace.asRelativePath(uri)} edits only the id`);
        assert.equal(textEdit.newText, 'OBJ-PPE-select');
      }
    }
  });

  test('completion in a reference list offers the ids of the expected kind not listed yet', async () => {
    const editor = await vscode.window.showTextDocument(await openLesson());
    const endOfList = positionOf(editor.document, ']', REFERENCE_LIST);
    await editor.edit((edit) => edit.insert(endOfList, ', '));
    const cursor = endOfList.translate(0, 2);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, cursor);
    const labels = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference)
      .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('OBJ-WASTE-1') && labels.includes('OBJ-HH-1'), `objectives offered: ${labels}`);
    assert.deepEqual(labels.filter((label) => !label.startsWith('OBJ-')), [], 'only objective ids');
    assert.deepEqual(labels.filter((label) => ['OBJ-PPE-1', 'OBJ-PPE-2', 'OBJ-PPE-3'].includes(label)), [], 'not those already listed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
