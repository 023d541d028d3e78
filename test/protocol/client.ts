// A small LSP client for protocol tests: spawns `node dist/cli.js server --stdio` (built first when stale)
// and drives it over JSON-RPC, as any editor would. With `inProcess`, the server runs in this process
// instead, from the sources, on an in-memory copy of the folders: no build, no child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { ensureBundlesFresh } from '../../scripts/dist-freshness.mjs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type Diagnostic, type Registration, type InitializeResult, type Position, type ProtocolConnection, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { CONFIG_FILE_NAME } from '../../server/src/core';
import type { DesignHost, FileChangeEmitter } from '../../server/src/host/host';
import { ListFilesRequest, ReadFileRequest, type ReadFileResult } from '../../server/src/protocol';
import { startServer } from '../../server/src/server';
import { MemoryHost } from '../harness/memory-host';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');

export interface StartOptions {
  /** Extra workspace folders besides the first one. */
  moreFolders?: string[];
  /** Answered to `workspace/configuration` for the `idstudio` section; omit to not announce the capability. */
  settings?: Record<string, unknown>;
  /** Replaces the default client capabilities. */
  capabilities?: ClientCapabilities;
  /** Runs the server in this process on an in-memory host holding the folders' design files. */
  inProcess?: boolean;
  /** The host to run it on, given the server's connection (default: an in-memory copy of the folders). */
  host?: (connection: Connection) => DesignHost & { changes: FileChangeEmitter };
  /** The workspace folders' URIs, when not the folders' file URIs (a virtual file system). */
  folderUris?: string[];
  /** Files the client serves to the server's file requests (idstudio/listFiles, idstudio/readFile), by URI. */
  clientFiles?: ReadonlyMap<string, Uint8Array>;
}

/** How the client reaches its server, and how it ends it. */
interface ServerLink {
  connection: ProtocolConnection;
  /** The server's process id, when it runs in its own process. */
  pid?: number;
  log(listener: (text: string) => void): void;
  end(): Promise<void>;
}

/** What a capable editor announces: edits with versions, file creation, markdown hovers, snippets. */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
    semanticTokens: {
      requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'],
    },
  },
};

interface DiagnosticWaiter { uri: string; predicate: (diagnostics: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }

/** An LSP client connected to a fresh server process on one or more workspace folders. */
export class LspTestClient {
  /** The last diagnostics published per document URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Messages the server logged (window/logMessage), for debugging failed tests. */
  readonly log: string[] = [];
  /** What the server registered dynamically (file watchers...). */
  readonly registrations: Registration[] = [];
  /** What the server answered to `initialize` (its capabilities). */
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private waiters: DiagnosticWaiter[] = [];
  private lastPublication = Date.now();

  readonly connection: ProtocolConnection;

  private constructor(private readonly link: ServerLink, readonly folder: string) {
    this.connection = link.connection;
  }

  /** The server's process id (undefined in process). */
  get serverPid(): number | undefined {
    return this.link.pid;
  }

  static async start(folder: string, options: StartOptions = {}): Promise<LspTestClient> {
    const roots = [folder, ...(options.moreFolders ?? [])];
    const link = options.inProcess ? inProcessServer(options.host ?? (() => MemoryHost.fromFolders(roots))) : serverProcess();
    const client = new LspTestClient(link, path.resolve(folder));
    const { connection } = client;
    link.log(text => client.log.push(text));
    client.listen(options);
    connection.listen();
    const folders = roots.map((root, index) => ({ uri: options.folderUris?.[index] ?? fileUri(root), name: path.basename(root) }));
    const capabilities = options.capabilities ?? DEFAULT_CAPABILITIES;
    const withConfiguration = options.settings === undefined ? capabilities
      : { ...capabilities, workspace: { ...capabilities.workspace, configuration: true } };
    client.initializeResult = await connection.sendRequest('initialize', {
      // In process, no parent to watch: the server would poll it, and keep mocha alive.
      processId: options.inProcess ? null : process.pid, rootUri: folders[0].uri, workspaceFolders: folders, capabilities: withConfiguration,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private listen(options: StartOptions): void {
    const { connection } = this;
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.lastPublication = Date.now();
      this.waiters = this.waiters.filter(waiter => {
        if (waiter.uri !== params.uri || !waiter.predicate(params.diagnostics)) return true;
        waiter.resolve(params.diagnostics);
        return false;
      });
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => this.log.push(params.message));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? null));
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    if (options.clientFiles) serveFiles(connection, options.clientFiles);
  }

  /** The file URI of a path relative to the first workspace folder (or absolute). */
  uri(relativePath: string): string {
    return fileUri(path.resolve(this.folder, relativePath));
  }

  /** The text the client holds for a document: the open text, else the file on disk. */
  text(uri: string): string {
    return this.texts.get(uri) ?? readFileSync(URI.parse(uri).fsPath, 'utf8');
  }

  /** Opens a document with the given text (default: its content on disk). */
  async open(uri: string, text = this.text(uri)): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version }, contentChanges: [{ text }],
    });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /**
   * Resolves with the diagnostics of `uri` once they satisfy `predicate`: the last published ones if they
   * already do, else the next publication that does. Fails after `timeoutMs`.
   */
  waitForDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const current = this.diagnostics.get(uri);
    if (current && predicate(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const waiter: DiagnosticWaiter = { uri, predicate, resolve: diagnostics => { clearTimeout(timer); resolve(diagnostics); } };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter(other => other !== waiter);
        const last = JSON.stringify(this.diagnostics.get(uri)?.map(d => `${d.code}@${d.range.start.line}`));
        reject(new Error(`timed out waiting for diagnostics of ${uri} (last: ${last})`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Waits for the next publication for `uri` (after an edit), whatever it holds. */
  nextDiagnostics(uri: string, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const before = this.diagnostics.get(uri);
    return this.waitForDiagnostics(uri, diagnostics => diagnostics !== before, timeoutMs);
  }

  /**
   * Resolves once no diagnostics have been published for `quietMs` (counted from the call at the
   * earliest): for checking that an edit left diagnostics unchanged (the server publishes only changes).
   */
  async settle(quietMs = 300, timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    const deadline = start + timeoutMs;
    while (Date.now() - Math.max(this.lastPublication, start) < quietMs) {
      if (Date.now() > deadline) throw new Error(`diagnostics still changing after ${timeoutMs} ms`);
      await delay(quietMs / 3);
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Shuts the server down politely and waits for it to end. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(2000)]);
    } catch {
      // The server is already gone.
    }
    await this.link.end();
    this.connection.dispose();
  }
}

/** Answers the server's file requests from a map, as the extension's client does from the editor's file system. */
function serveFiles(connection: ProtocolConnection, files: ReadonlyMap<string, Uint8Array>): void {
  connection.onRequest(ListFilesRequest, ({ folderUri }) => {
    const below = [...files.keys()].filter(uri => uri.startsWith(`${folderUri}/`)).sort();
    return { documents: below.filter(uri => /\.md$/i.test(uri)), configs: below.filter(uri => uri.endsWith(`/${CONFIG_FILE_NAME}`)) };
  });
  connection.onRequest(ReadFileRequest, ({ uri, limit, headBytes }): ReadFileResult => {
    const bytes = files.get(uri);
    if (!bytes) return { missing: true };
    return { size: bytes.length, base64: Buffer.from(bytes.length > limit ? bytes.subarray(0, headBytes) : bytes).toString('base64') };
  });
}

function serverProcess(): ServerLink {
  ensureBundlesFresh();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return {
    connection,
    pid: child.pid,
    log: listener => child.stderr!.on('data', chunk => listener(String(chunk))),
    async end() {
      const exited = new Promise<void>(resolve => {
        if (child.exitCode !== null) resolve(); else child.once('exit', () => resolve());
      });
      await connection.sendNotification('exit').catch(() => undefined);
      await Promise.race([exited, delay(2000)]);
      if (child.exitCode === null) child.kill();
    },
  };
}

/**
 * The server's own modules on a pair of in-memory streams. No `exit` notification at the end: the
 * server would end this process.
 */
function inProcessServer(host: (connection: Connection) => DesignHost & { changes: FileChangeEmitter }): ServerLink {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection, host(serverConnection));
  return {
    connection: createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)),
    log: () => undefined, // the server logs through window/logMessage, which the client records
    async end() {
      serverConnection.dispose();
      toServer.end();
      toClient.end();
    },
  };
}

export function fileUri(file: string): string {
  return URI.file(path.resolve(file)).toString();
}

/** The position of the `occurrence`-th (0-based) `needle` in `text`, plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0, occurrence = 0): Position {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`"${needle}" (occurrence ${occurrence}) not found`);
  }
  return TextDocument.create('untitled:x', 'markdown', 0, text).positionAt(offset + shift);
}

/** Applies LSP text edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'markdown', 0, text), edits);
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
