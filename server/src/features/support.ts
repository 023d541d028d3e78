import {
  LSPErrorCodes, ResponseError, type CancellationToken, type CreateFile, type Location, type Range, type TextDocumentEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Design, DesignDocument, Span } from '../core';
import { unquotedSpan } from '../core/navigation';
import { baseName, relativePath } from '../host/uris';
import type { ServerContext } from './context';

/** The document a request is about and the design it belongs to. */
export interface RequestContext { server: ServerContext; design: Design; document: DesignDocument }

/**
 * What a request waits for: every change queued before it (`consistent`), or, for requests a partial answer
 * serves well (hover, completion, definition), not the first indexing of a large workspace (`partial`).
 */
export type Wait = 'consistent' | 'partial';

/**
 * Answers a request once the changes it waits for are applied, with the latest edits. A failure is
 * logged and answered with `fallback`, so the client never sees an internal error; a ResponseError (a
 * refusal meant for the user, or the cancellation of a request the client no longer needs) goes through.
 */
export async function answer<T>(server: ServerContext, fallback: T, task: () => T | Promise<T>, token?: CancellationToken, wait: Wait = 'consistent'): Promise<T> {
  try {
    await (wait === 'partial' ? server.answerable : server.ready);
    throwIfCancelled(token);
    server.syncEdits();
    return await task();
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    server.connection.console.error(`${(error as Error).stack ?? error}`);
    return fallback;
  }
}

/** Like `answer`, for requests about one document; unknown documents get `fallback`. */
export function answerFor<T>(server: ServerContext, uri: string, fallback: T,
  task: (context: RequestContext) => T | Promise<T>, token?: CancellationToken, wait: Wait = 'consistent'): Promise<T> {
  return answer(server, fallback, () => {
    const document = server.workspace.document(uri);
    return document ? task({ server, design: server.workspace.designOf(uri), document }) : fallback;
  }, token, wait);
}

/** Stops a heavy request the client has cancelled (it waited for indexing, or walks every design). */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function rangeOf(document: DesignDocument, span: Span): Range {
  return document.lines.rangeOf(span);
}

/** Where a scalar (an id, a reference) sits, without its quotes. */
export function scalarLocation(document: DesignDocument, span: Span): Location {
  return { uri: document.uri, range: rangeOf(document, unquotedSpan(document.text, span)) };
}

/** A file's path relative to its workspace folder (with `/`), or its base name outside any folder. */
export function displayPath(server: ServerContext, uri: string): string {
  for (const root of server.workspace.folderRoots()) {
    const relative = relativePath(root, uri);
    if (relative !== undefined) return relative;
  }
  return baseName(uri);
}

/** The line break a document uses. */
export function lineBreakOf(document: DesignDocument): string {
  return document.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The offset where the line after the one holding `end` starts (a value ending with its line break counts as that line). */
export function startOfNextLine(document: DesignDocument, end: number): number {
  const { text } = document;
  if (end > 0 && text.charAt(end - 1) === '\n') return end;
  const lineBreak = text.indexOf('\n', end);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}

/** A scalar written so YAML reads it back as the same string: plain when safe, else double-quoted. */
export function yamlScalar(text: string): string {
  const plain = /^[A-Za-z0-9(][^\n]*$/.test(text) && !/: |\s#|[\s:]$/.test(text) && !/^(null|true|false|~)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/**
 * Collects the edits of one change across files, then writes them as one WorkspaceEdit: `documentChanges`
 * with the versions of open documents when the client supports it, else plain `changes`.
 */
export class EditCollector {
  private readonly edits = new Map<string, TextEdit[]>();
  private readonly created = new Map<string, string>();

  constructor(private readonly server: ServerContext) {}

  replace(document: DesignDocument, span: Span, newText: string): this {
    const edits = this.edits.get(document.uri) ?? [];
    edits.push({ range: rangeOf(document, span), newText });
    this.edits.set(document.uri, edits);
    return this;
  }

  insert(document: DesignDocument, offset: number, text: string): this {
    return this.replace(document, { start: offset, end: offset }, text);
  }

  createFile(uri: string, text: string): this {
    this.created.set(uri, text);
    return this;
  }

  /** The text edits per existing document, to check what they do before offering them. */
  editsByUri(): ReadonlyMap<string, readonly TextEdit[]> {
    return this.edits;
  }

  /** The edit, or undefined when it creates a file and the client cannot. */
  build(): WorkspaceEdit | undefined {
    const capabilities = this.server.clientCapabilities.workspace?.workspaceEdit;
    const canCreate = capabilities?.documentChanges === true && (capabilities.resourceOperations ?? []).includes('create');
    if (this.created.size > 0 && !canCreate) return undefined;
    if (capabilities?.documentChanges !== true) return { changes: Object.fromEntries(this.edits) };
    const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
    for (const [uri, text] of this.created) {
      documentChanges.push({ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] });
    }
    for (const [uri, edits] of this.edits) {
      documentChanges.push({ textDocument: { uri, version: this.server.documents.get(uri)?.version ?? null }, edits });
    }
    return { documentChanges };
  }
}
