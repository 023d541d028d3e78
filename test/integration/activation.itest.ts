import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

suite('activation', () => {
  test('runs in the extension host the launcher chose', function () {
    const expected = vscode.workspace.getConfiguration('idstudioTest').get<string>('host') || 'node';
    // A web worker has no `process`; VS Code reports an extension it runs there as a UI extension.
    const kind = vscode.extensions.getExtension(EXTENSION_ID)!.extensionKind;
    const actual = typeof process === 'undefined' && kind === vscode.ExtensionKind.UI ? 'web' : 'node';
    assert.equal(actual, expected);
    this.test!.title += ` (${actual})`;
  });

  test('activates with the language server started and the design tree loaded', async function () {
    const api = await activateExtension() as { activationMs?: number };
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(api.activationMs! < 10_000, `activation took ${api.activationMs} ms`);
    // The report shows titles: carry the measured figure in it.
    this.test!.title += ` (${api.activationMs} ms)`;
  });
});
