import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { serveFileAccess } from './file-access';
import { AlignmentMatrices, OPEN_MATRIX_COMMAND, WRITE_REPORT_COMMAND } from './matrix';
import { createDesignStatus } from './status';
import { Templates } from './templates';
import { DesignOutlines, DesignTreeProvider, type DesignNode } from './tree';

let client: BaseLanguageClient | undefined;

/** Creates the language client of a host (Node: a server process; browser: a Web Worker). */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

/** The tree view is shown in its own activity bar container and in the Explorer, from one provider. */
const TREE_VIEW_IDS = ['idstudio.designTree', 'idstudio.designTreeExplorer'];

/** What the extension exposes to other extensions and to its integration tests. */
export interface DesignStudioApi {
  designTree: vscode.TreeDataProvider<unknown>;
  /** How long activation took: language server started and the design tree loaded. */
  activationMs: number;
}

/** Activation common to both hosts. */
export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<DesignStudioApi> {
  const started = Date.now();
  client = await createClient(clientOptions());
  context.subscriptions.push(client, ...serveFileAccess(client));
  const outlines = new DesignOutlines(client);
  const provider = new DesignTreeProvider(outlines);
  const views = TREE_VIEW_IDS.map(viewId => vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true }));
  const templates = await Templates.load(context.extension);
  const matrices = new AlignmentMatrices(client, outlines, context.extensionUri);
  context.subscriptions.push(outlines, ...views, createDesignStatus(outlines), ...registerCommands({ outlines, templates, views }), matrices,
    vscode.commands.registerCommand(OPEN_MATRIX_COMMAND, (node?: DesignNode) => matrices.open(node)),
    vscode.commands.registerCommand(WRITE_REPORT_COMMAND, (node?: DesignNode) => matrices.writeReport(node)));
  await client.start();
  await outlines.refresh();
  const activationMs = Date.now() - started;
  client.outputChannel.appendLine(`Activated in ${activationMs} ms (language server started, design tree loaded).`);
  return { designTree: provider, activationMs };
}

/**
 * Markdown documents on disk, unsaved ones, and those on the file systems of the workspace folders
 * (github.dev's virtual one, a remote host's).
 */
function clientOptions(): LanguageClientOptions {
  const schemes = new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.scheme)]);
  const initializationOptions: InitializationOptions = { fileAccess: true };
  return {
    documentSelector: [...schemes].map(scheme => ({ scheme, language: 'markdown' })),
    initializationOptions,
    // The server registers the file watchers it needs (design candidates, .idstudio.json, folders).
    synchronize: { configurationSection: 'idstudio' },
    outputChannel: vscode.window.createOutputChannel('Instructional Design Studio'),
    middleware: { provideCodeLenses: (document, token, next) => withReferenceArguments(next(document, token)) },
  };
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

export async function deactivateClient(): Promise<void> {
  await client?.stop();
}
