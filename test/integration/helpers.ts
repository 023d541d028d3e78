// Helpers for suites that run inside the VS Code extension host (see index.ts).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'idstudio.instructional-design-studio';
export const DIAGNOSTIC_SOURCE = 'idstudio';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need sample-workspace opened as the workspace folder');
  return folder.uri;
}

export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relativePath.split('/'));
}

export async function activateExtension(): Promise<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns something other than undefined/false, or fails naming what it waited for. */
export async function waitFor<T>(description: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${description}`);
    await sleep(100);
  }
}

export function idstudioDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return String(typeof code === 'object' ? code.value : code);
}

/** Position of the first occurrence of `text` in the document (after `after`, when given). */
export function positionOf(document: vscode.TextDocument, text: string, after = ''): vscode.Position {
  const start = after ? document.getText().indexOf(after) : 0;
  const offset = document.getText().indexOf(text, Math.max(start, 0));
  if (start < 0 || offset < 0) throw new Error(`"${text}" not found in ${document.uri.path}`);
  return document.positionAt(offset);
}
