import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core';
import type { DesignHost } from '../host/host';
import type { DesignWorkspace } from '../lsp/workspace';

/**
 * What features see of the server: the model, the open documents, the host's files, what the client can
 * do, and the connection to register handlers on. Features depend on this, never on the server class, so
 * the server can be assembled differently (Node, browser, in-process tests).
 */
export interface ServerContext {
  readonly connection: Connection;
  readonly workspace: DesignWorkspace;
  readonly documents: TextDocuments<TextDocument>;
  /** For what the model does not hold, such as whether a file exists. */
  readonly host: DesignHost;
  /** What the client announced at initialize (edit kinds, markup...): features adapt their answers to it. */
  readonly clientCapabilities: ClientCapabilities;
  /** Settles when the initial indexing is done; requests that need the whole design await it. */
  readonly ready: Promise<void>;
  /**
   * Settles when a request about a document can be answered: at once while the first indexing is under
   * way (the answer may be partial: open editors and what is read so far), else like `ready`.
   */
  readonly answerable: Promise<void>;
  /** Applies pending edits now, so a request sees the text the client just sent. */
  syncEdits(): void;
  /** Sends the diagnostics that changed and tells model listeners; settles when they are written. */
  publish(changed: Map<string, Finding[]>): Promise<void>;
  onDidChangeModel(listener: () => void): void;
  /** Runs a handler so that a failure is logged and the server keeps serving. */
  guard(task: () => Promise<void> | void): void;
}

/**
 * An editor feature: the capabilities it announces and the handlers it registers. Each feature lives in
 * its own module under features/ and reads the model through `server.workspace`.
 */
export interface Feature {
  capabilities: ServerCapabilities;
  register(server: ServerContext): void;
}
