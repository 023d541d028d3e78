/** The extension's entry point in VS Code's Node extension host: the server runs as a Node process. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient, type DesignStudioApi } from './activate';
import { SERVER_EXEC_ARGV } from './server-flags';

export type { DesignStudioApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<DesignStudioApi> {
  return activateWith(context, clientOptions => {
    const serverModule = context.asAbsolutePath('dist/cli.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, args: ['server'], transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
      debug: { module: serverModule, args: ['server'], transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
    };
    return new LanguageClient('idstudio', 'Instructional Design Studio', serverOptions, clientOptions);
  });
}

export const deactivate = deactivateClient;
