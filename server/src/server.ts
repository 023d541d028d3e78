import {
  DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, type ClientCapabilities,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, type Config, type Finding } from './core';
import { FEATURES } from './features';
import type { ServerContext } from './features/context';
import type { DesignHost, FileChange, FileChangeEmitter, FileChangeKind } from './host/host';
import { toDiagnostic } from './lsp/convert';
import { DesignWorkspace } from './lsp/workspace';

/** The language server: thin protocol glue over the analysis core. */
export class DesignLanguageServer implements ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace: DesignWorkspace;
  /** Settles when the initial indexing is done; requests that need the whole design await it. */
  ready: Promise<void> = Promise.resolve();
  /** What the client announced at initialize (edit kinds, markup...): features adapt their answers to it. */
  clientCapabilities: ClientCapabilities = {};
  private readonly edited = new Set<string>();
  private readonly modelListeners: (() => void)[] = [];
  private flushScheduled = false;
  private supportsConfiguration = false;
  private watchDynamically = false;
  private folderEvents = false;
  private roots: string[] = [];

  constructor(readonly connection: Connection, readonly host: DesignHost) {
    this.workspace = new DesignWorkspace(host, message => connection.console.error(message));
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize(params => this.initialize(params));
    connection.onInitialized(() => {
      if (this.folderEvents) this.watchFolders();
      this.ready = this.start();
    });
    documents.onDidChangeContent(({ document }) => this.edit(document.uri));
    documents.onDidClose(({ document }) => this.guard(async () => {
      this.edited.delete(document.uri);
      await this.workspace.closeText(document.uri);
      this.publish(this.workspace.flush());
    }));
    this.host.onDidChangeFiles(changes => this.guard(async () => {
      await this.ready;
      for (const change of changes) await this.fileChanged(change);
      this.publish(this.workspace.flush());
    }));
    connection.onDidChangeConfiguration(() => this.guard(async () => {
      await this.ready;
      if (this.supportsConfiguration) this.publish(await this.workspace.setOverrides(await this.pullSettings()));
    }));
    for (const feature of FEATURES) feature.register(this);
    documents.listen(connection);
    connection.listen();
  }

  private watchFolders(): void {
    this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => this.guard(async () => {
      for (const folder of removed) this.publish(this.workspace.removeFolder(folder.uri));
      for (const folder of added) this.publish(await this.workspace.addFolder(folder.uri));
    }));
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    this.roots = folders.map(folder => folder.uri);
    const capabilities = params.capabilities;
    this.clientCapabilities = capabilities;
    this.supportsConfiguration = capabilities.workspace?.configuration === true;
    this.watchDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.folderEvents = capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: Object.assign({
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: this.folderEvents } },
      }, ...FEATURES.map(feature => feature.capabilities)),
      serverInfo: { name: 'idstudio' },
    };
  }

  /** Indexes every folder and publishes every design document's diagnostics. */
  private async start(): Promise<void> {
    if (this.watchDynamically) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    try {
      if (this.supportsConfiguration) this.workspace.overrides = await this.pullSettings();
      const results = await Promise.all(this.roots.map(root => this.workspace.addFolder(root)));
      for (const findings of results) this.publish(findings);
      for (const document of this.documents.all()) this.edited.add(document.uri);
      this.scheduleFlush();
    } catch (error) {
      this.connection.console.error(`indexing failed: ${(error as Error).stack ?? error}`);
    }
  }

  private async pullSettings(): Promise<Partial<Config>> {
    const settings = await this.connection.workspace.getConfiguration('idstudio').catch(() => undefined) as
      { rules?: Config['rules']; verbs?: Partial<Config['verbs']>; ignore?: string[] } | undefined;
    return {
      rules: settings?.rules ?? {},
      verbs: { measurable: settings?.verbs?.measurable ?? [], nonMeasurable: settings?.verbs?.nonMeasurable ?? [] },
      ignore: settings?.ignore ?? [],
    };
  }

  /** Applies pending edits now, so a request sees the text the client just sent. */
  syncEdits(): void {
    for (const uri of this.edited) {
      const document = this.documents.get(uri);
      if (document) this.workspace.setOpenText(uri, document.getText());
    }
    this.edited.clear();
  }

  private edit(uri: string): void {
    this.edited.add(uri);
    this.scheduleFlush();
  }

  /**
   * Coalesces a burst of edits into one re-analysis, after the current protocol messages are handled. A
   * zero timer rather than setImmediate, which a Web Worker does not have.
   */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => this.guard(async () => {
      await this.ready;
      this.flushScheduled = false;
      this.syncEdits();
      this.publish(this.workspace.flush());
    }), 0);
  }

  private async fileChanged({ uri, kind }: FileChange): Promise<void> {
    if (uri.endsWith(CONFIG_FILE_NAME)) {
      const root = this.workspace.folderConfiguredBy(uri);
      if (root) this.publish(await this.workspace.reloadFolder(root));
      return;
    }
    if (kind === 'deleted') this.workspace.deleted(uri);
    else await this.workspace.reloadFromHost(uri);
  }

  /**
   * Sends the diagnostics that changed, then tells model listeners. Every path that changes the model ends
   * here (edits, files on disk, folders, settings), so listeners see every change, even one that changes
   * no finding (a title).
   */
  publish(changed: Map<string, Finding[]>): void {
    for (const [uri, findings] of changed) {
      const version = this.documents.get(uri)?.version;
      void this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
    }
    for (const listener of this.modelListeners) listener();
  }

  onDidChangeModel(listener: () => void): void {
    this.modelListeners.push(listener);
  }

  /** Runs a handler so that a failure is logged and the server keeps serving. */
  guard(task: () => Promise<void> | void): void {
    Promise.resolve().then(task).catch(error => this.connection.console.error(`${(error as Error).stack ?? error}`));
  }
}

const CHANGE_KINDS: Record<FileChangeType, FileChangeKind> = {
  [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted',
};

/**
 * Serves a connection (stdio, IPC, a Web Worker's messages) with files from a host. The host's changes
 * are those the client's file system watcher reports.
 */
export function startServer(connection: Connection, host: DesignHost & { changes: FileChangeEmitter }): DesignLanguageServer {
  connection.onDidChangeWatchedFiles(({ changes }) => host.changes.fire(
    changes.map(change => ({ uri: change.uri, kind: CHANGE_KINDS[change.type] }))));
  const server = new DesignLanguageServer(connection, host);
  server.listen();
  return server;
}
