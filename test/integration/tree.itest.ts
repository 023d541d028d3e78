import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceFile } from './helpers';

/** What the extension's activate() returns, so tests can read the tree the views show. */
interface ExtensionApi {
  designTree?: vscode.TreeDataProvider<unknown>;
}

const PHASES = ['Analyze', 'Design', 'Develop', 'Implement', 'Evaluate'];

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

suite('Design tree', () => {
  let tree: vscode.TreeDataProvider<unknown>;
  const children = async (node?: unknown) => (await tree.getChildren(node)) ?? [];
  const item = async (node: unknown) => tree.getTreeItem(node);
  async function find(nodes: unknown[], label: RegExp): Promise<unknown> {
    for (const node of nodes) if (label.test(labelOf(await item(node)))) return node;
    throw new Error(`no tree node labelled ${label}`);
  }

  suiteSetup(async () => {
    const api = await activateExtension() as ExtensionApi | undefined;
    assert.ok(api?.designTree, "the extension's activate() returns { designTree } (the views' TreeDataProvider)");
    tree = api.designTree;
    await vscode.commands.executeCommand('idstudio.refreshTree');
  });

  test('phases, then the 12 steps with their status, then the items', async () => {
    const phases = await waitFor('the five ADDIE phases', async () => {
      const roots = await children();
      return roots.length === PHASES.length && roots;
    });
    assert.deepEqual(await Promise.all(phases.map(async (phase) => labelOf(await item(phase)))), PHASES);
    const steps = (await Promise.all(phases.map(children))).flat();
    const stepItems = await Promise.all(steps.map(item));
    assert.deepEqual(stepItems.map((step) => Number.parseInt(labelOf(step), 10)), Array.from({ length: 12 }, (_, index) => index + 1));
    const icon = (step: number) => (stepItems[step - 1].iconPath as vscode.ThemeIcon | undefined)?.id;
    assert.equal(icon(2), 'pass', 'learners: complete');
    assert.equal(icon(6), 'warning', 'objectives: warnings (README)');
    assert.equal(icon(7), 'error', 'assessments: an unknown reference (README)');
    for (const step of stepItems) assert.ok(step.description, `${labelOf(step)} describes its status`);

    const objectives = await children(await find(steps, /^6\. /));
    const ids = await Promise.all(objectives.map(async (objective) => labelOf(await item(objective))));
    assert.ok(['OBJ-HH-1', 'OBJ-HH-4', 'OBJ-PPE-2', 'OBJ-WASTE-1'].every((id) => ids.includes(id)), `objectives: ${ids}`);
  });

  test("an item's command opens its file with the cursor on its id", async () => {
    const design = await find(await children(), /^Design$/);
    const objective = await item(await find(await children(await find(await children(design), /^6\. /)), /^OBJ-PPE-2$/));
    assert.ok(objective.command, 'the item has a command');
    await vscode.commands.executeCommand(objective.command.command, ...(objective.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.path, workspaceFile('2-design/06-objectives.md').path);
    assert.equal(editor.document.getText(editor.document.lineAt(editor.selection.start.line).range).trim(), '- id: OBJ-PPE-2');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('idstudio.revealItem opens a target given by uri and range', async () => {
    const uri = workspaceFile('3-develop/09-lesson-2-ppe.md');
    const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };
    await vscode.commands.executeCommand('idstudio.revealItem', { uri: uri.toString(), range });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.path, uri.path);
    assert.equal(editor.document.getText(editor.selection), 'LES-2');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
