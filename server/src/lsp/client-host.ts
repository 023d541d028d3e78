import type { Connection } from 'vscode-languageserver';
import { defaultConfig } from '../core';
import { checkConfigText } from '../host/config-check';
import { HEAD_BYTES, MAX_FILE_BYTES, decodeDesignText, isIgnoredPath } from '../host/content';
import {
  FileChangeEmitter, type ConfigFile, type DesignHost, type DocumentRead, type FileChange, type FolderListing,
  type IgnoreMatcher,
} from '../host/host';
import { relativePath } from '../host/uris';
import { ListFilesRequest, ReadFileRequest, type ReadFileResult } from '../protocol';

/**
 * Files read through the client: the editor's file system (`workspace.findFiles`, `workspace.fs`), for a
 * server that has none of its own (a Web Worker) or folders on a virtual file system (github.dev).
 */
export class ClientHost implements DesignHost {
  readonly changes = new FileChangeEmitter();

  constructor(private readonly connection: Connection) {}

  /** The client lists every candidate (without node_modules and .git); ignored paths are dropped here. */
  async listFiles(folderUri: string, ignored: IgnoreMatcher): Promise<FolderListing> {
    const listing = await this.connection.sendRequest(ListFilesRequest, { folderUri });
    const kept = (uri: string) => {
      const relative = relativePath(folderUri, uri);
      return relative !== undefined && !isIgnoredPath(relative, ignored);
    };
    return { documents: listing.documents.filter(kept).sort(), configs: listing.configs.filter(kept).sort() };
  }

  async readDocument(uri: string): Promise<DocumentRead> {
    const read = await this.read(uri, MAX_FILE_BYTES, HEAD_BYTES);
    if ('missing' in read) return { unreadable: `cannot read ${uri}: the file does not exist` };
    if ('error' in read) return { unreadable: `cannot read ${uri}: ${read.error}` };
    return decodeDesignText(fromBase64(read.base64), read.size);
  }

  async exists(uri: string): Promise<boolean> {
    return 'size' in await this.read(uri, 0, 0);
  }

  async readConfig(configUri: string): Promise<ConfigFile> {
    const read = await this.read(configUri, MAX_FILE_BYTES, 0);
    if ('missing' in read) return { uri: configUri, exists: false, config: defaultConfig(), errors: [], findings: [] };
    if ('error' in read) return { uri: configUri, exists: true, config: defaultConfig(), errors: [`cannot read: ${read.error}`], findings: [] };
    return { uri: configUri, exists: true, ...checkConfigText(new TextDecoder().decode(fromBase64(read.base64))) };
  }

  onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): void {
    this.changes.on(listener);
  }

  private read(uri: string, limit: number, headBytes: number): Promise<ReadFileResult> {
    return this.connection.sendRequest(ReadFileRequest, { uri, limit, headBytes });
  }
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
