import type { MessageReader } from 'vscode-languageserver';
import { URI } from 'vscode-uri';

/** Properties of LSP messages that hold a URI (text documents, folders, file events, our own requests). */
const URI_KEYS = new Set(['uri', 'rootUri', 'targetUri', 'oldUri', 'newUri', 'scopeUri', 'folderUri']);

/**
 * One spelling per URI: parsed and serialised again, so `file:///a/%5bx%5d(1)@+.md` from a client that
 * escapes in lower case, or not at all (Neovim), names the same document as the server's own URIs.
 */
export function normalizeUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** Rewrites every URI property of an incoming message in place (texts are strings, so never walked). */
export function normalizeMessageUris<T>(value: T): T {
  if (Array.isArray(value)) for (const entry of value) normalizeMessageUris(entry);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, entry] of Object.entries(record)) {
      if (typeof entry === 'string') {
        if (URI_KEYS.has(key)) record[key] = normalizeUri(entry);
      } else normalizeMessageUris(entry);
    }
  }
  return value;
}

/** The boundary: every message the client sends passes here once, before any handler sees it. */
export function normalizingReader(reader: MessageReader): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: callback => reader.listen(message => callback(normalizeMessageUris(message))),
    dispose: () => reader.dispose(),
  };
}
