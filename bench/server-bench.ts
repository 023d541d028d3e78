import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest, ConfigurationRequest, createProtocolConnection, DefinitionRequest, DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  RegistrationRequest, StreamMessageReader, StreamMessageWriter, UnregistrationRequest, WorkDoneProgressCreateRequest,
  WorkspaceFoldersRequest, type Diagnostic, type ProtocolConnection, type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../client/src/server-flags';
import type { EditProbe, WorkspaceManifest } from './generate';
import { Random } from './random';
import { summarize, type LatencySummary } from './stats';

/**
 * Drives `idstudio server --stdio` as an editor would, over a real LSP
 * connection, and times what a user waits for: the first diagnostics of the
 * whole workspace, and the diagnostics after an edit.
 */

export interface ServerFigures {
  /** spawn → initialize result */
  startupMs: number;
  /** `initialized` sent → every design file has had diagnostics published */
  initialDiagnosticsMs: number;
  designFiles: number;
  filesPublished: number;
  /**
   * Hover, completion and definition, one after another every 50 ms, from `initialized` until every design
   * file has diagnostics: each kind's latencies, and all of them together.
   */
  whileIndexing: Record<ProbedRequest | 'all', LatencySummary>;
  /** Completion of ids in the same place once the whole design is indexed (five requests). */
  completionAfterIndexing: LatencySummary;
  localEdit: LatencySummary;
  crossFileEdit: LatencySummary;
  /** VmHWM of the server process */
  peakRssMb: number;
}

const INITIAL_TIMEOUT_MS = 300_000;
const EDIT_TIMEOUT_MS = 10_000;
/**
 * Pauses between edits, as a person types: bursts shorter than a server's debounce and pauses longer than
 * it, so that background work a pause lets run (and that a fast burst would keep postponing) lands on edits.
 * Seeded: the same gaps every run.
 */
export function typingGaps(count: number, fixedMs?: number): number[] {
  const random = new Random(7);
  return Array.from({ length: count }, () => fixedMs ?? random.int(20, 400));
}

interface Waiter {
  uri: string;
  accept: (diagnostics: Diagnostic[]) => boolean;
  resolve: () => void;
}

/** Remembers which documents got diagnostics, and lets a caller wait for a publication that matches. */
class DiagnosticsTracker {
  readonly published = new Set<string>();
  private waiters: Waiter[] = [];
  private unpublished = new Set<string>();
  private allPublished = (): void => undefined;

  constructor(connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.published.add(uri);
      if (this.unpublished.delete(uri) && this.unpublished.size === 0) this.allPublished();
      const matched = this.waiters.filter((waiter) => waiter.uri === uri && waiter.accept(diagnostics));
      this.waiters = this.waiters.filter((waiter) => !matched.includes(waiter));
      for (const waiter of matched) waiter.resolve();
    });
  }

  waitFor(uri: string, accept: Waiter['accept'], timeoutMs: number): Promise<void> {
    return withTimeout(new Promise((resolve) => this.waiters.push({ uri, accept, resolve })), timeoutMs,
      `no matching diagnostics for ${uri}`);
  }

  /** Settles when every uri has had diagnostics published, or after the timeout (the caller counts what arrived). */
  async waitForAll(uris: readonly string[], timeoutMs: number): Promise<void> {
    this.unpublished = new Set(uris.filter((uri) => !this.published.has(uri)));
    if (this.unpublished.size === 0) return;
    await withTimeout(new Promise<void>((resolve) => { this.allPublished = resolve; }), timeoutMs, 'initial diagnostics timed out')
      .catch(() => undefined);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  const abort = new AbortController();
  const timeout = sleep(ms, undefined, { signal: abort.signal }).then(() => { throw new Error(message); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    abort.abort();
    timeout.catch(() => undefined);
  }
}

/** An open document the benchmark edits back and forth between two texts. */
class EditedDocument {
  private version = 1;
  private edited = false;
  readonly uri: string;

  constructor(private readonly connection: ProtocolConnection, root: string, private readonly probe: EditProbe) {
    this.uri = fileUri(root, probe.file);
    void connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: this.uri, languageId: 'markdown', version: this.version, text: readFileSync(join(root, probe.file), 'utf8') },
    });
  }

  /** Swaps the probe's text for its replacement (or back); returns whether the document now carries the problem. */
  toggle(): boolean {
    const [from, to] = this.edited ? [this.probe.replacement, this.probe.original] : [this.probe.original, this.probe.replacement];
    const { line, character } = this.probe;
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version: ++this.version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + from.length } }, text: to }],
    });
    this.edited = !this.edited;
    return this.edited;
  }
}

export type ProbedRequest = 'hover' | 'completion' | 'definition';
const PROBED: readonly ProbedRequest[] = ['hover', 'completion', 'definition'];

/**
 * Asks for a hover, a completion and a definition in turn, every 50 ms, on a reference in an open document,
 * as a user who opened a file at once would: the server should answer within 100 ms, whatever it still has
 * to read. The position lies in a reference list after its first letters (`objectives: [OB`), where all three
 * requests have an answer.
 */
class RequestProbe {
  private readonly latencies = new Map<ProbedRequest, number[]>(PROBED.map((kind) => [kind, []]));
  private running = true;
  private readonly loop: Promise<void>;
  private readonly params: { textDocument: { uri: string }; position: { line: number; character: number } };

  constructor(private readonly connection: ProtocolConnection, root: string, manifest: WorkspaceManifest) {
    const edited = new Set([manifest.probes.local.file, manifest.probes.crossFile.file, manifest.probes.local.watchFile, manifest.probes.crossFile.watchFile]);
    const file = manifest.designFiles.find((candidate) => candidate.endsWith('assessments.md') && !edited.has(candidate)) ?? manifest.designFiles[0];
    const text = readFileSync(join(root, file), 'utf8');
    const at = Math.max(0, text.indexOf('objectives: [') + 'objectives: [OB'.length);
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - (text.lastIndexOf('\n', at - 1) + 1);
    const uri = fileUri(root, file);
    this.params = { textDocument: { uri }, position: { line, character } };
    void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    this.loop = this.askUntilStopped();
  }

  /** One request of the kind, timed from sending to its answer. */
  async time(kind: ProbedRequest): Promise<number> {
    const started = performance.now();
    if (kind === 'hover') await this.connection.sendRequest(HoverRequest.type, this.params);
    else if (kind === 'completion') await this.connection.sendRequest(CompletionRequest.type, this.params);
    else await this.connection.sendRequest(DefinitionRequest.type, this.params);
    return performance.now() - started;
  }

  private async askUntilStopped(): Promise<void> {
    for (let turn = 0; this.running; turn++) {
      const kind = PROBED[turn % PROBED.length];
      this.latencies.get(kind)!.push(await this.time(kind));
      await sleep(50);
    }
  }

  async stop(): Promise<Record<ProbedRequest | 'all', LatencySummary>> {
    this.running = false;
    await this.loop;
    const byKind = Object.fromEntries(PROBED.map((kind) => [kind, summarize(this.latencies.get(kind)!)])) as Record<ProbedRequest, LatencySummary>;
    return { ...byKind, all: summarize([...this.latencies.values()].flat()) };
  }
}

async function timeEdits(
  connection: ProtocolConnection, tracker: DiagnosticsTracker, root: string, probe: EditProbe, gaps: readonly number[],
): Promise<LatencySummary> {
  const document = new EditedDocument(connection, root, probe);
  await sleep(200); // let the server settle after didOpen
  const watched = fileUri(root, probe.watchFile);
  const latencies: number[] = [];
  for (const gap of gaps) {
    const started = performance.now();
    const expectProblem = document.toggle();
    await tracker.waitFor(watched, (diagnostics) => diagnostics.some((d) => d.code === probe.code) === expectProblem, EDIT_TIMEOUT_MS);
    latencies.push(performance.now() - started);
    await sleep(gap);
  }
  return summarize(latencies);
}

function fileUri(root: string, relative: string): string {
  return pathToFileURL(join(root, relative)).href;
}

/** Peak resident set size of a live process, in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return kilobytes / 1024;
}

/** Answers the server's requests as a plain editor would: no settings, registrations and progress accepted. */
function answerServerRequests(connection: ProtocolConnection, folders: WorkspaceFolder[]): void {
  connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map(() => null));
  connection.onRequest(WorkspaceFoldersRequest.type, () => folders);
  for (const type of [RegistrationRequest.type, UnregistrationRequest.type, WorkDoneProgressCreateRequest.type]) {
    connection.onRequest(type.method, () => null);
  }
}

async function stop(connection: ProtocolConnection, server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    await withTimeout(connection.sendRequest(ShutdownRequest.type), 5_000, 'shutdown timed out');
    await connection.sendNotification(ExitNotification.type);
    await withTimeout(exited, 5_000, 'exit timed out');
  } finally {
    connection.dispose();
    if (server.exitCode === null) server.kill();
  }
}

export async function measureServer(
  cliPath: string, root: string, manifest: WorkspaceManifest, editGaps: readonly number[],
): Promise<ServerFigures> {
  const spawned = performance.now();
  const server = spawn(process.execPath, [...SERVER_EXEC_ARGV, cliPath, 'server', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  if (!server.stdout || !server.stdin || server.pid === undefined) throw new Error('could not start the server');
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const tracker = new DiagnosticsTracker(connection);
  const rootUri = pathToFileURL(root).href;
  const workspaceFolders = [{ uri: rootUri, name: 'bench' }];
  answerServerRequests(connection, workspaceFolders);
  connection.listen();
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
      },
    });
    const initialized = performance.now();
    await connection.sendNotification(InitializedNotification.type, {});
    const designUris = manifest.designFiles.map((file) => fileUri(root, file));
    const probe = new RequestProbe(connection, root, manifest);
    await tracker.waitForAll(designUris, INITIAL_TIMEOUT_MS);
    const initialDiagnosticsMs = performance.now() - initialized;
    const whileIndexing = await probe.stop();
    const completions: number[] = [];
    for (let index = 0; index < 5; index++) completions.push(await probe.time('completion'));
    const filesPublished = designUris.filter((uri) => tracker.published.has(uri)).length;
    const localEdit = await timeEdits(connection, tracker, root, manifest.probes.local, editGaps);
    const crossFileEdit = await timeEdits(connection, tracker, root, manifest.probes.crossFile, editGaps);
    return {
      startupMs: initialized - spawned, initialDiagnosticsMs, designFiles: designUris.length, filesPublished,
      whileIndexing, completionAfterIndexing: summarize(completions), localEdit, crossFileEdit, peakRssMb: peakRssMb(server.pid),
    };
  } finally {
    await stop(connection, server);
  }
}
