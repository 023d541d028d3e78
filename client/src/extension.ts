import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createDesignStatus } from './status';
import { Templates } from './templates';
import { DesignOutlines, DesignTreeProvider } from './tree';

let client: LanguageClient | undefined;

/** The tree view is shown in its own activity bar container and in the Explorer, from one provider. */
const TREE_VIEW_IDS = ['idstudio.designTree', 'idstudio.designTreeExplorer'];

/** What the extension exposes to other extensions and to its integration tests. */
export interface DesignStudioApi {
  designTree: vscode.TreeDataProvider<unknown>;
  /** How long activation took: language server started and the design tree loaded. */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<DesignStudioApi> {
  const started = Date.now();
  client = startClient(context);
  const outlines = new DesignOutlines(client);
  const provider = new DesignTreeProvider(outlines);
  const views = TREE_VIEW_IDS.map(viewId => vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true }));
  const templates = await Templates.load(context.extension);
  context.subscriptions.push(outlines, ...views, createDesignStatus(outlines), ...registerCommands({ outlines, templates, views }));
  await client.start();
  await outlines.refresh();
  const activationMs = Date.now() - started;
  client.outputChannel.appendLine(`Activated in ${activationMs} ms (language server started, design tree loaded).`);
  return { designTree: provider, activationMs };
}

function startClient(context: vscode.ExtensionContext): LanguageClient {
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
    middleware: { provideCodeLenses: (document, token, next) => withReferenceArguments(next(document, token)) },
  };
  const languageClient = new LanguageClient('idstudio', 'Instructional Design Studio', serverOptions, clientOptions);
  context.subscriptions.push(languageClient);
  return languageClient;
}

/**
 * Code lenses open the references peek with `editor.action.showReferences`, which needs real `vscode`
 * objects; over the protocol its arguments arrive as plain JSON, so they are converted here.
 */
async function withReferenceArguments(lenses: vscode.ProviderResult<vscode.CodeLens[]>): Promise<vscode.CodeLens[] | null | undefined> {
  const resolved = await lenses;
  const convert = client!.protocol2CodeConverter;
  for (const lens of resolved ?? []) {
    const args = lens.command?.command === 'editor.action.showReferences' ? lens.command.arguments : undefined;
    if (args?.length === 3) {
      lens.command!.arguments = [convert.asUri(args[0]), convert.asPosition(args[1]), args[2].map(convert.asLocation)];
    }
  }
  return resolved;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
