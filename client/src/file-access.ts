import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ListFilesRequest, ReadFileRequest, type ListFilesResult, type ReadFileParams, type ReadFileResult } from '../../server/src/protocol';

/** The files the server asks for: Markdown candidates and configuration files, as the Node server walks them. */
const CANDIDATES = '**/{*.md,*.MD,*.Md,*.mD,.idstudio.json}';
const NEVER_ENTERED = '**/{node_modules,.git}/**';

/**
 * Answers the server's file requests through the editor's file system, so a server without one (in a Web
 * Worker) or a folder on a virtual file system (github.dev) is indexed like a local folder.
 */
export function serveFileAccess(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(ListFilesRequest, ({ folderUri }) => listFiles(vscode.Uri.parse(folderUri))),
    client.onRequest(ReadFileRequest, readFile),
  ];
}

async function listFiles(folder: vscode.Uri): Promise<ListFilesResult> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, CANDIDATES), NEVER_ENTERED);
  const uris = found.map(uri => uri.toString()).sort();
  const isConfig = (uri: string) => uri.endsWith('/.idstudio.json');
  return { documents: uris.filter(uri => !isConfig(uri)), configs: uris.filter(isConfig) };
}

async function readFile({ uri, limit, headBytes }: ReadFileParams): Promise<ReadFileResult> {
  const target = vscode.Uri.parse(uri);
  try {
    const { size, type } = await vscode.workspace.fs.stat(target);
    if (type & vscode.FileType.Directory) return { error: 'it is a folder' };
    if (size > limit && headBytes === 0) return { size, base64: '' };
    const bytes = await vscode.workspace.fs.readFile(target);
    return { size, base64: toBase64(size > limit ? bytes.subarray(0, headBytes) : bytes) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { missing: true };
    return { error: (error as Error).message };
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  return btoa(binary);
}
