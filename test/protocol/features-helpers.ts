// Shared set-up of the language feature protocol tests (test/protocol/features*.test.ts).
import * as path from 'node:path';
import type { Diagnostic, Position, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, LspTestClient, PROJECT_ROOT, positionOf } from './client';

export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'features');
export const DESIGN = path.join(FIXTURES, 'design');
export const NO_ASSESSMENTS = path.join(FIXTURES, 'no-assessments');

/**
 * Starts a server on a fixture folder and waits until it has published the diagnostics of `file`. The
 * feature tests run it in process on an in-memory copy of the folder (they never change files on disk);
 * the lifecycle, fault and tree tests drive the built server over stdio.
 */
export async function startOn(folder: string, file: string, options?: Parameters<typeof LspTestClient.start>[1]): Promise<LspTestClient> {
  const client = await LspTestClient.start(folder, { inProcess: true, ...options });
  await client.waitForDiagnostics(client.uri(file));
  return client;
}

/** Opens a file of the folder (its disk text) and returns its URI and text. */
export async function openFile(client: LspTestClient, file: string): Promise<{ uri: string; text: string }> {
  const uri = client.uri(file);
  const text = client.text(uri);
  await client.open(uri, text);
  return { uri, text };
}

/** The position of `needle` in an open document's text, plus `shift` characters. */
export function at(client: LspTestClient, uri: string, needle: string, shift = 0, occurrence = 0): Position {
  return positionOf(client.text(uri), needle, shift, occurrence);
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(diagnostic => String(diagnostic.code));
}

/** The text edits of a WorkspaceEdit per URI, whether it uses `changes` or `documentChanges`. */
export function editsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const byUri = new Map<string, TextEdit[]>(Object.entries(edit.changes ?? {}));
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...(change as TextDocumentEdit).edits]);
  }
  return byUri;
}

/**
 * Applies a WorkspaceEdit as an editor would: edited documents are opened (or changed) with their new
 * text, created files are opened with theirs. Returns the new texts by URI.
 */
export async function applyWorkspaceEdit(client: LspTestClient, edit: WorkspaceEdit): Promise<Map<string, string>> {
  const created = new Set((edit.documentChanges ?? []).flatMap(change => 'kind' in change && change.kind === 'create' ? [change.uri] : []));
  const texts = new Map<string, string>();
  for (const [uri, edits] of editsByUri(edit)) {
    const isOpen = client.version(uri) !== undefined;
    const text = applyEdits(created.has(uri) ? '' : client.text(uri), edits);
    texts.set(uri, text);
    if (isOpen) await client.change(uri, text); else await client.open(uri, text);
  }
  return texts;
}
