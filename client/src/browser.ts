/** The extension's entry point in a web extension host (vscode.dev, github.dev): the server runs in a Web Worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, type DesignStudioApi } from './activate';

type ServerWorker = ConstructorParameters<typeof LanguageClient>[3];
/** The Web Worker constructor of the extension host (the project compiles without the DOM lib). */
declare const Worker: new (url: string) => ServerWorker;

export function activate(context: vscode.ExtensionContext): Promise<DesignStudioApi> {
  return activateWith(context, async clientOptions => new LanguageClient('idstudio', 'Instructional Design Studio', clientOptions,
    await startWorker(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js'))));
}

/**
 * A worker from the extension's server script. Hosts that serve extensions from a remote location (as
 * code-server does) refuse `new Worker` on that URL; then the script is fetched and started from a Blob URL.
 */
async function startWorker(script: vscode.Uri): Promise<ServerWorker> {
  const url = script.toString(true);
  try {
    return new Worker(url);
  } catch {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot load the language server from ${url}: HTTP ${response.status}`);
    const blob = new Blob([await response.text()], { type: 'application/javascript' });
    return new Worker(URL.createObjectURL(blob));
  }
}

export const deactivate = deactivateClient;
