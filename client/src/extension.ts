import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/cli.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, args: ['server'], transport: TransportKind.ipc },
    debug: { module: serverModule, args: ['server'], transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' }],
    synchronize: {
      configurationSection: 'idstudio',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.md,.idstudio.json}'),
    },
    outputChannel: vscode.window.createOutputChannel('Instructional Design Studio'),
  };
  client = new LanguageClient('idstudio', 'Instructional Design Studio', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
