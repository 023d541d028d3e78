import type { ConfigResult, Finding } from '../core';

/**
 * Where a design's files come from: the disk (Node), the editor's file system (browser, virtual
 * workspaces) or memory (tests). Everything above the host names files by URI, never by path, so the same
 * indexing runs on every host.
 */
export interface DesignHost {
  /** The candidate files below a folder, sorted; paths that `ignored` matches are not entered. */
  listFiles(folderUri: string, ignored: IgnoreMatcher): Promise<FolderListing>;
  /** One design document's text, or why it cannot be checked. */
  readDocument(uri: string): Promise<DocumentRead>;
  /** Whether a file exists (a new file's name must not be taken). */
  exists(uri: string): Promise<boolean>;
  /** One `.idstudio.json`; a missing or malformed file gives defaults (and errors), never an exception. */
  readConfig(configUri: string): Promise<ConfigFile>;
  /** Files created, changed or deleted on the host, in batches as they arrive. */
  onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): void;
}

/** Matches a path relative to the folder being listed, with `/` separators. */
export type IgnoreMatcher = (relativePath: string) => boolean;

export interface FolderListing {
  /** Design document candidates (see `isDesignCandidate`). */
  documents: string[];
  /** Configuration files (`.idstudio.json`) at any depth, the folder's own included. */
  configs: string[];
}

export type DocumentRead =
  | { text: string }
  /** A file that cannot be a checked document (binary, too large, not UTF-8): the reason is reported on it. */
  | { skipped: string }
  /** The file could not be read at all (gone, no permission): it is left out, and the message logged. */
  | { unreadable: string };

export interface ConfigFile extends ConfigResult {
  uri: string;
  exists: boolean;
  /** Problems of the file where they sit (see `checkConfigText`); errors that have no place (unreadable) are in `errors` only. */
  findings: Finding[];
}

export type FileChangeKind = 'created' | 'changed' | 'deleted';

export interface FileChange { uri: string; kind: FileChangeKind }


/** Delivers file changes to the listeners of a host. */
export class FileChangeEmitter {
  private readonly listeners: ((changes: readonly FileChange[]) => void)[] = [];

  on(listener: (changes: readonly FileChange[]) => void): void {
    this.listeners.push(listener);
  }

  fire(changes: readonly FileChange[]): void {
    for (const listener of this.listeners) listener(changes);
  }
}
