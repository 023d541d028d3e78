// A design host whose files live in memory: for in-process server tests, which then need neither
// a built dist/ nor a child process nor the disk (after the fixture is read in).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig, isDesignCandidate } from '../../server/src/core';
import { checkConfigText } from '../../server/src/host/config-check';
import { decodeDesignText, isIgnoredPath } from '../../server/src/host/content';
import {
  FileChangeEmitter, type ConfigFile, type DesignHost, type DocumentRead, type FileChange,
  type FolderListing, type IgnoreMatcher,
} from '../../server/src/host/host';
import { baseName, relativePath } from '../../server/src/host/uris';
import { fileUri } from '../protocol/client';

export class MemoryHost implements DesignHost {
  readonly changes = new FileChangeEmitter();
  private readonly files = new Map<string, Uint8Array>();
  private held: Promise<void> | undefined;

  /** A host holding copies of the design documents and configuration files below folders on disk. */
  static fromFolders(folders: readonly string[]): MemoryHost {
    const host = new MemoryHost();
    for (const folder of folders) {
      for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
        const base = path.basename(name);
        if (isDesignCandidate(base) || base === CONFIG_FILE_NAME) host.files.set(fileUri(path.join(folder, name)), readFileSync(path.join(folder, name)));
      }
    }
    return host;
  }

  /** Writes a file and reports the change, as a file system watcher would. */
  write(uri: string, text: string): void {
    const kind = this.files.has(uri) ? 'changed' : 'created';
    this.files.set(uri, new TextEncoder().encode(text));
    this.changes.fire([{ uri, kind }]);
  }

  delete(uri: string): void {
    this.files.delete(uri);
    this.changes.fire([{ uri, kind: 'deleted' }]);
  }

  /** Keeps folder listings (so indexing) waiting until the returned function is called. */
  holdListings(): () => void {
    let release!: () => void;
    this.held = new Promise(resolve => { release = resolve; });
    return release;
  }

  async listFiles(folderUri: string, ignored: IgnoreMatcher): Promise<FolderListing> {
    await this.held;
    const kept = [...this.files.keys()].filter(uri => {
      const relative = relativePath(folderUri, uri);
      return relative !== undefined && !isIgnoredPath(relative, ignored);
    }).sort();
    return { documents: kept.filter(uri => isDesignCandidate(baseName(uri))), configs: kept.filter(uri => baseName(uri) === CONFIG_FILE_NAME) };
  }

  async readDocument(uri: string): Promise<DocumentRead> {
    const bytes = this.files.get(uri);
    return bytes ? decodeDesignText(bytes) : { unreadable: `cannot read ${uri}: no such file in memory` };
  }

  async exists(uri: string): Promise<boolean> {
    return this.files.has(uri);
  }

  async readConfig(configUri: string): Promise<ConfigFile> {
    const bytes = this.files.get(configUri);
    if (!bytes) return { uri: configUri, exists: false, config: defaultConfig(), errors: [], findings: [] };
    return { uri: configUri, exists: true, ...checkConfigText(new TextDecoder().decode(bytes)) };
  }

  onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): void {
    this.changes.on(listener);
  }
}
