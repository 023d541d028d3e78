import {
  CONFIG_FILE_NAME, Design, defaultConfig, designRootOf, isDesignCandidate, isInside, mergeConfig, parentFolder,
  parseDocument, type Config, type DesignDocument, type Finding,
} from '../core';
import { hashOf } from '../core/text';
import { ignoreMatcher } from '../host/content';
import { loadDesigns, readDocument, type LoadedDesign } from '../host/designs';
import { Slicer } from '../host/slices';
import type { DesignHost, FileChange, IgnoreMatcher } from '../host/host';
import { folderKey, joinUri, relativePath } from '../host/uris';

/** One design as the server holds it (contract v2: one per design root). */
interface DesignRoot {
  design: Design;
  /** Whether the root holds `.idstudio.json`. */
  declared: boolean;
  ignored: IgnoreMatcher;
  /** Problems of the root's `.idstudio.json`, published on that file. */
  configFindings: Finding[];
}

/** The findings to publish, by URI ([] clears a document). */
export type Changes = Map<string, Finding[]>;

/**
 * The designs of the workspace: one per design root (the nearest `.idstudio.json` folder at or above a
 * document, else its workspace folder), over every workspace folder. Open editors win over the host's
 * files: their text replaces the file's content until they close.
 *
 * Changes from outside (workspace folders, watched files, configuration, settings, closed editors) are
 * transactions, applied one at a time in arrival order: each computes its new state from the host, then
 * swaps it in synchronously, so requests and edits never see half of one. Edits are applied at once (they
 * need no I/O), and each swap lays the latest open texts over what it read.
 */
export class DesignWorkspace {
  private folders: string[] = [];
  private roots = new Map<string, DesignRoot>();
  private configFolders = new Set<string>();
  /** The configuration last read without errors, per root: kept in force while the file is broken. */
  private readonly lastValid = new Map<string, Config>();
  private readonly openTexts = new Map<string, string>();
  /** What was last published per URI (a hash of the findings' JSON), to send only what changed. */
  private readonly published = new Map<string, number>();
  private queue: Promise<void> = Promise.resolve();
  private overrides: Partial<Config> = {};
  /** True from the first transaction (every folder read) until it is applied. */
  private firstIndexing = false;

  constructor(private readonly host: DesignHost, private readonly log: (message: string) => void,
    private readonly publish: (changes: Changes) => Promise<void>) {}

  /** Settles once every transaction queued so far is applied: requests read a consistent state after it. */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * Whether the first indexing of the workspace is under way. Requests do not wait for it (it takes seconds
   * on a large design): they are answered from what is known, open editors first, and completed once it ends.
   */
  get indexing(): boolean {
    return this.firstIndexing;
  }

  /** Queues a transaction; a failure is logged and the queue goes on. */
  private transaction(task: () => Promise<Changes>): Promise<void> {
    this.queue = this.queue.then(task).then(changes => this.publish(changes), error => this.log(`${(error as Error).stack ?? error}`));
    return this.queue;
  }

  /** The workspace folders (URIs). */
  folderRoots(): string[] {
    return [...this.folders];
  }

  /** The roots of the designs that exist (a `.idstudio.json`, or at least one design document), sorted. */
  designRoots(): string[] {
    return [...this.roots].filter(([, root]) => root.design.isDesign()).map(([uri]) => uri).sort();
  }

  /** The design a document (or a design root) belongs to. */
  designOf(uri: string): Design {
    return this.rootFor(uri).design;
  }

  document(uri: string): DesignDocument | undefined {
    return this.roots.get(this.rootOf(uri))?.design.get(uri);
  }

  /** Every design, for workspace-wide requests. */
  designs(): Design[] {
    return [...this.roots.values()].map(root => root.design);
  }

  /** The design root of a document. */
  rootOf(uri: string): string {
    return designRootOf(uri, folder => this.configFolders.has(folder), this.folders);
  }

  /** The first transaction: the settings (asked of the client) and every folder's designs. */
  setFolders(folders: readonly string[], overrides: () => Promise<Partial<Config>>): Promise<void> {
    this.firstIndexing = true;
    const indexed = this.transaction(async () => {
      this.overrides = await overrides();
      return this.rebuild(folders.map(folderKey));
    });
    return indexed.finally(() => {
      this.firstIndexing = false;
    });
  }

  changeFolders(added: readonly string[], removed: readonly string[]): Promise<void> {
    return this.transaction(async () => {
      const gone = new Set(removed.map(folderKey));
      const folders = [...this.folders.filter(folder => !gone.has(folder)), ...added.map(folderKey)];
      return this.rebuild([...new Set(folders)]);
    });
  }

  setOverrides(overrides: () => Promise<Partial<Config>>): Promise<void> {
    return this.transaction(async () => {
      this.overrides = await overrides();
      return this.rebuild(this.folders);
    });
  }

  /** A batch of watched-file events, as one transaction. */
  filesChanged(changes: readonly FileChange[]): Promise<void> {
    return this.transaction(() => this.applyFileChanges(changes));
  }

  /** An editor closed: the file's content on the host (if any) takes over again. */
  closeText(uri: string): Promise<void> {
    return this.transaction(async () => {
      if (!this.openTexts.delete(uri)) return new Map();
      const covered = this.isCovered(uri);
      const read = covered ? await readDocument(this.host, uri, this.log) : undefined;
      if (!this.place(uri, read, true)) return new Map();
      if (!covered) this.dropEmptyRoot(this.rootOf(uri));
      return this.flush([uri]);
    });
  }

  /** The text of an open editor (applied at once: edits need no I/O). `.markdown` and others are ignored. */
  setOpenText(uri: string, text: string): void {
    if (!isDesignCandidate(uri)) return;
    this.openTexts.set(uri, text);
    this.place(uri, parseDocument(uri, text), false);
  }

  /**
   * Re-checks what changed in every design (plus `extra` documents whose visibility may have changed);
   * returns the documents whose published findings differ.
   */
  flush(extra: Iterable<string> = []): Changes {
    const touched = new Set(extra);
    for (const root of this.roots.values()) for (const uri of root.design.flush().keys()) touched.add(uri);
    for (const uri of this.openTexts.keys()) if (!this.published.has(uri)) touched.add(uri);
    return this.changesOf(touched);
  }

  // --- transactions --------------------------------------------------------------------------------------

  /** Reads every design of the folders afresh and swaps the whole state in at once. */
  private async rebuild(folders: string[]): Promise<Changes> {
    const bases = await this.basesOf(folders);
    const loaded: LoadedDesign[] = [];
    const configFolders = new Set<string>();
    for (const { base, above } of bases) {
      const found = await loadDesigns(this.host, base, {
        configFoldersAbove: above, fallbackRoots: folders, overrides: this.overrides,
        lastValid: root => this.lastValid.get(root), onError: this.log,
      });
      loaded.push(...found.designs);
      for (const folder of found.configFolders) configFolders.add(folder);
    }
    // The swap: nothing below awaits.
    const before = new Set(this.published.keys());
    this.folders = folders;
    this.configFolders = configFolders;
    this.roots = new Map(loaded.map(design => [design.root, this.toRoot(design)]));
    for (const [uri, text] of this.openTexts) this.place(uri, parseDocument(uri, text), false);
    const touched = new Set(before);
    for (const [uri, root] of this.roots) {
      for (const document of root.design.allDocuments()) touched.add(document.uri);
      if (root.declared) touched.add(joinUri(uri, CONFIG_FILE_NAME));
    }
    // Swapped in: what follows is checking and publishing, in slices, so that requests (and edits, which
    // only mark documents for the next slice) are served in between.
    const slicer = new Slicer();
    for (const root of this.roots.values()) {
      do {
        root.design.flush(() => slicer.due());
        await slicer.pause();
      } while (root.design.pending);
    }
    return this.publishInSlices(touched, slicer);
  }

  /**
   * Publishes what changed among `uris` slice by slice; returns the changes of the last slice. A slice ends
   * after a slice's worth of working out changes, not of listing URIs: listing 20,000 costs nothing, and
   * their diagnostics sent at once kept a request's answer waiting behind all of them.
   */
  private async publishInSlices(uris: Iterable<string>, slicer: Slicer): Promise<Changes> {
    const configs = this.configFindingsByUri();
    let batch: Changes = new Map();
    for (const uri of uris) {
      this.addChange(batch, uri, configs);
      if (!slicer.due()) continue;
      // Waits for the client to take them (the messages are written), then lets requests through.
      await this.publish(batch);
      batch = new Map();
      await slicer.pause();
    }
    return batch;
  }

  /** Per workspace folder, where to read from: the outermost `.idstudio.json` folder above it, else itself. */
  private async basesOf(folders: readonly string[]): Promise<{ base: string; above: string[] }[]> {
    const bases: { base: string; above: string[] }[] = [];
    for (const folder of folders) {
      const above: string[] = [];
      // Only local folders have parents worth asking: a virtual workspace's folder is its repository's root.
      for (let parent = folder.startsWith('file:') ? parentFolder(folder) : undefined; parent !== undefined; parent = parentFolder(parent)) {
        // A file that cannot be read (a folder above a virtual workspace's root) starts no design.
        const config = await this.host.readConfig(joinUri(parent, CONFIG_FILE_NAME));
        if (config.exists && (config.findings.length > 0 || config.errors.length === 0)) above.push(parent);
      }
      bases.push({ base: above.at(-1) ?? folder, above });
    }
    // A base inside another is read with it.
    return bases.filter(({ base }, index) => !bases.some((other, at) => at !== index && other.base !== base && isInside(base, other.base))
      && bases.findIndex(other => other.base === base) === index);
  }

  /**
   * Watched-file events: files read first, then applied at once. A configuration file, or a folder that
   * holds one, changes which design files belong to: the whole state is rebuilt instead. A path that is no
   * design candidate may be a folder (clients report one event for a folder deleted or moved): its known
   * documents go, or its files are read.
   */
  private async applyFileChanges(changes: readonly FileChange[]): Promise<Changes> {
    const reads = new Map<string, DesignDocument | undefined>();
    const folderReads = new Map<string, string[]>();
    for (const { uri, kind } of changes) {
      if (uri.endsWith(`/${CONFIG_FILE_NAME}`) || (kind === 'deleted' && this.holdsConfig(uri))) return this.rebuild(this.folders);
      if (kind === 'deleted' || !this.isCovered(uri)) continue;
      if (isDesignCandidate(uri)) reads.set(uri, await readDocument(this.host, uri, () => undefined));
      else if (kind === 'created' && mayBeFolder(uri)) {
        const listing = await this.host.listFiles(uri, ignoreMatcher([]));
        if (listing.configs.length) return this.rebuild(this.folders);
        for (const document of listing.documents) reads.set(document, await readDocument(this.host, document, this.log));
        folderReads.set(uri, listing.documents);
      }
    }
    // The swap: nothing below awaits.
    const touched = new Set<string>();
    const apply = (uri: string, document: DesignDocument | undefined) => {
      if (this.place(uri, document, true)) touched.add(uri);
    };
    for (const { uri, kind } of changes) {
      if (kind === 'deleted') for (const gone of this.knownUnder(uri)) apply(gone, undefined);
      else if (reads.has(uri)) apply(uri, reads.get(uri));
      else for (const file of folderReads.get(uri) ?? []) apply(file, reads.get(file));
    }
    return this.flush(touched);
  }

  // --- state -----------------------------------------------------------------------------------------------

  /**
   * Puts a document (or its absence) where it belongs. What the host says about a file open in an editor
   * is ignored (the editor's text wins until it closes): then this returns false.
   */
  private place(uri: string, document: DesignDocument | undefined, fromHost: boolean): boolean {
    if (fromHost && this.openTexts.has(uri)) return false;
    const root = this.rootFor(uri);
    const relative = relativePath(this.rootOf(uri), uri) ?? uri;
    if (document && !root.ignored(relative)) root.design.set(document); else root.design.delete(uri);
    return true;
  }

  private rootFor(uri: string): DesignRoot {
    const key = this.roots.has(uri) ? uri : this.rootOf(uri);
    let root = this.roots.get(key);
    if (!root) {
      root = this.toRoot({ root: key, design: new Design(), configFile: undefined });
      root.design.setConfig(mergeConfig(this.lastValid.get(key) ?? defaultConfig(), this.overrides));
      this.roots.set(key, root);
    }
    return root;
  }

  private toRoot({ root, design, configFile }: LoadedDesign): DesignRoot {
    if (configFile && !configFile.errors.length) this.lastValid.set(root, configFile.config);
    return {
      design, declared: configFile !== undefined, ignored: ignoreMatcher(design.getConfig().ignore),
      configFindings: configFile?.findings ?? [],
    };
  }

  /** A design of files opened outside every folder goes when its last file closes. */
  private dropEmptyRoot(root: string): void {
    const design = this.roots.get(root)?.design;
    if (design && design.allDocuments().next().done && !this.roots.get(root)!.declared) this.roots.delete(root);
  }

  /** Whether a file lies in the part of the disk the designs were read from (a workspace folder or a root above). */
  private isCovered(uri: string): boolean {
    return this.folders.some(folder => isInside(uri, folder))
      || [...this.roots.entries()].some(([root, state]) => state.declared && isInside(uri, root) && this.folders.some(folder => isInside(folder, root)));
  }

  /** Known documents at `uri` or below it (a folder deleted or moved away). */
  private knownUnder(uri: string): string[] {
    const found: string[] = [];
    for (const root of this.roots.values()) for (const document of root.design.allDocuments()) if (isInside(document.uri, uri)) found.push(document.uri);
    if (isDesignCandidate(uri) && !found.includes(uri)) found.push(uri);
    return found;
  }

  private holdsConfig(uri: string): boolean {
    return [...this.configFolders].some(folder => isInside(folder, uri));
  }

  /** Published only: documents in a workspace folder, or open. */
  private isVisible(uri: string): boolean {
    return this.openTexts.has(uri) || this.folders.some(folder => isInside(uri, folder));
  }

  /** The findings to publish for these URIs (design documents and `.idstudio.json` files) where they changed. */
  private changesOf(uris: Iterable<string>): Changes {
    const configs = this.configFindingsByUri();
    const changes: Changes = new Map();
    for (const uri of uris) this.addChange(changes, uri, configs);
    return changes;
  }

  /** The findings of each declared root's `.idstudio.json`, by the file's URI. */
  private configFindingsByUri(): Map<string, Finding[]> {
    const configs = new Map<string, Finding[]>();
    for (const [root, state] of this.roots) if (state.declared) configs.set(joinUri(root, CONFIG_FILE_NAME), state.configFindings);
    return configs;
  }

  /** Adds the findings of one URI to `changes` if they differ from what was last published, and records them. */
  private addChange(changes: Changes, uri: string, configs: ReadonlyMap<string, Finding[]>): void {
    const design = this.roots.get(this.rootOf(uri))?.design;
    const findings = configs.get(uri) ?? (design?.isChecked(uri) ? design.findingsOf(uri) : undefined);
    const shown = findings && this.isVisible(uri) ? findings : undefined;
    const key = shown && hashOf(JSON.stringify(shown));
    if (key === this.published.get(uri)) return;
    if (key === undefined) this.published.delete(uri); else this.published.set(uri, key);
    changes.set(uri, shown ?? []);
  }
}

/** Folders rarely have an extension, files nearly always do: only such paths are listed when created. */
function mayBeFolder(uri: string): boolean {
  return !/\.[^/]*$/.test(uri.slice(uri.lastIndexOf('/') + 1));
}
