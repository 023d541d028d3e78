import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, defaultConfig, isDesignCandidate } from '../core';
import { checkConfigText } from '../host/config-check';
import { HEAD_BYTES, MAX_FILE_BYTES, decodeDesignText } from '../host/content';
import {
  FileChangeEmitter, type ConfigFile, type DesignHost, type DocumentRead, type FileChange,
  type FolderListing, type IgnoreMatcher,
} from '../host/host';

/** The local disk, through Node's file system. Changes come from whoever watches it (the editor's watcher). */
export class NodeHost implements DesignHost {
  readonly changes = new FileChangeEmitter();

  constructor(private readonly log: (message: string) => void) {}

  /**
   * Walks the folder. Directory symlinks are not followed (so symlink loops cannot hang the walk);
   * unreadable folders are logged and skipped.
   */
  async listFiles(folderUri: string, ignored: IgnoreMatcher): Promise<FolderListing> {
    const root = URI.parse(folderUri).fsPath;
    const documents: string[] = [];
    const configs: string[] = [];
    const pending = [root];
    while (pending.length) {
      const folder = pending.pop()!;
      let entries;
      try {
        entries = await fs.readdir(folder, { withFileTypes: true });
      } catch (error) {
        // A path that is no folder (or gone) lists nothing: watchers report folders and files alike.
        const quiet = folder === root && ['ENOTDIR', 'ENOENT'].includes((error as NodeJS.ErrnoException).code ?? '');
        if (!quiet) this.log(`cannot read folder ${folder}: ${(error as Error).message}`);
        continue;
      }
      for (const entry of entries) {
        const full = path.join(folder, entry.name);
        const relative = path.relative(root, full).split(path.sep).join('/');
        if (ignored(relative)) continue;
        if (entry.isDirectory()) pending.push(full);
        else if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        else if (isDesignCandidate(entry.name)) documents.push(full);
        else if (entry.name === CONFIG_FILE_NAME) configs.push(full);
      }
    }
    const toUris = (files: string[]) => files.sort().map(file => URI.file(file).toString());
    return { documents: toUris(documents), configs: toUris(configs) };
  }

  /**
   * Reads synchronously on purpose: for small files in the page cache that costs a tenth of the async
   * open/stat/read/close round trips through the thread pool. A file over the size limit is read only
   * as far as needed to tell whether it claims to be a design.
   */
  async readDocument(uri: string): Promise<DocumentRead> {
    const file = URI.parse(uri).fsPath;
    let descriptor: number | undefined;
    try {
      descriptor = openSync(file, 'r');
      const { size } = fstatSync(descriptor);
      const length = Math.min(size, size > MAX_FILE_BYTES ? HEAD_BYTES : size);
      const buffer = Buffer.allocUnsafe(length);
      const bytesRead = length ? readSync(descriptor, buffer, 0, length, 0) : 0;
      return decodeDesignText(buffer.subarray(0, bytesRead), size);
    } catch (error) {
      return { unreadable: `cannot read ${file}: ${(error as Error).message}` };
    } finally {
      if (descriptor !== undefined) closeSync(descriptor);
    }
  }

  async exists(uri: string): Promise<boolean> {
    return fs.stat(URI.parse(uri).fsPath).then(() => true, () => false);
  }

  async readConfig(configUri: string): Promise<ConfigFile> {
    let text: string;
    try {
      text = await fs.readFile(URI.parse(configUri).fsPath, 'utf8');
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return { uri: configUri, exists: !missing, config: defaultConfig(), errors: missing ? [] : [`cannot read: ${(error as Error).message}`], findings: [] };
    }
    return { uri: configUri, exists: true, ...checkConfigText(text) };
  }

  onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): void {
    this.changes.on(listener);
  }
}
