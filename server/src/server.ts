import {
  DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, WatchKind, type ClientCapabilities,
  type Connection, type FileSystemWatcher, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, DESIGN_CANDIDATE_GLOB, type Config, type Finding } from './core';
import { FEATURES } from './features';
import type { ServerContext } from './features/context';
import type { DesignHost, FileChangeEmitter, FileChangeKind } from './host/host';
import { toDiagnostic } from './lsp/convert';
import { DesignWorkspace } from './lsp/workspace';

/** The language server: thin protocol glue over the analysis core. */
export class DesignLanguageServer implements ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace: DesignWorkspace;
  /** Settles when the workspace's queued changes are applied: requests then read a consistent state. */
  get ready(): Promise<void> {
    return this.workspace.idle();
  }
  get answerable(): Promise<void> {
    return this.workspace.indexing ? Promise.resolve() : this.ready;
  }
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
    this.workspace = new DesignWorkspace(host, message => connection.console.error(message), changes => this.publish(changes));
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize(params => this.initialize(params));
    connection.onInitialized(() => {
      if (this.folderEvents) this.watchFolders();
      this.guard(() => this.start());
    });
    documents.onDidChangeContent(({ document }) => this.edit(document.uri));
    documents.onDidClose(({ document }) => this.guard(async () => {
      this.edited.delete(document.uri);
      this.syncEdits();
      await this.workspace.closeText(document.uri);
    }));
    this.host.onDidChangeFiles(changes => this.guard(() => this.workspace.filesChanged(changes)));
    connection.onDidChangeConfiguration(() => this.guard(async () => {
      if (this.supportsConfiguration) await this.workspace.setOverrides(() => this.pullSettings());
    }));
    for (const feature of FEATURES) feature.register(this);
    documents.listen(connection);
    connection.listen();
  }

  private watchFolders(): void {
    this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => this.guard(async () => {
      await this.workspace.changeFolders(added.map(folder => folder.uri), removed.map(folder => folder.uri));
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
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHERS });
    }
    this.syncEdits();
    await this.workspace.setFolders(this.roots, async () => (this.supportsConfiguration ? this.pullSettings() : {}));
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

  /**
   * Sends the diagnostics that changed, then tells model listeners. Every path that changes the model ends
   * here (edits, files on disk, folders, settings), so listeners see every change, even one that changes
   * no finding (a title). Settles when the messages are written: a caller sending many can wait for the
   * client to read them, so that answers to requests are not queued behind thousands of them.
   */
  publish(changed: Map<string, Finding[]>): Promise<void> {
    const sent: Promise<void>[] = [];
    for (const [uri, findings] of changed) {
      const version = this.documents.get(uri)?.version;
      sent.push(this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) }));
    }
    for (const listener of this.modelListeners) listener();
    return Promise.all(sent).then(() => undefined, () => undefined);
  }

  onDidChangeModel(listener: () => void): void {
    this.modelListeners.push(listener);
  }

  /** Runs a handler so that a failure is logged and the server keeps serving. */
  guard(task: () => Promise<void> | void): void {
    Promise.resolve().then(task).catch(error => this.connection.console.error(`${(error as Error).stack ?? error}`));
  }
}

/**
 * What the client watches for the server: design candidates and configuration files, and deletions of
 * anything (a folder deleted or moved away is one event for the folder), and creations (a folder moved in).
 */
const WATCHERS: FileSystemWatcher[] = [
  { globPattern: DESIGN_CANDIDATE_GLOB },
  { globPattern: `**/${CONFIG_FILE_NAME}` },
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];

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

