import {
  CONFIG_FILE_NAME, Design, groupByDesignRoot, mergeConfig, parentFolder, parseDocument, skippedDocument,
  type Config, type DesignDocument,
} from '../core';
import { ignoreMatcher } from './content';
import { Slicer, yieldToEvents } from './slices';
import type { ConfigFile, DesignHost } from './host';
import { joinUri, relativePath } from './uris';

/** One design read through a host: its root, its configuration file (when the root has one), its documents. */
export interface LoadedDesign {
  root: string;
  design: Design;
  /** The root's `.idstudio.json`; undefined when the design's root is a fallback folder without one. */
  configFile: ConfigFile | undefined;
}

/** What `loadDesigns` found: the designs, and every folder holding `.idstudio.json`. */
export interface LoadedDesigns { designs: LoadedDesign[]; configFolders: Set<string> }

export interface LoadOptions {
  /** Folders outside `base` known to hold `.idstudio.json` (the editor finds them above a workspace folder). */
  configFoldersAbove?: readonly string[];
  /** Roots of files that no `.idstudio.json` claims (default `base`; the editor: every workspace folder). */
  fallbackRoots?: readonly string[];
  /** Layered over each design's configuration (the editor's settings). */
  overrides?: Partial<Config>;
  /** The configuration in force before, kept while a root's `.idstudio.json` is invalid (the editor). */
  lastValid?: (root: string) => Config | undefined;
  /** Which designs to read (the CLI reads only those with files under its paths); default all. */
  wanted?: (root: string, documents: readonly string[]) => boolean;
  onError: (message: string) => void;
}

/**
 * Reads every design below `base` (contract v2): each file belongs to the nearest `.idstudio.json` folder at
 * or above it, else to `base` (or the innermost fallback root). Returns the designs unflushed, so the caller can lay open editors over them.
 */
export async function loadDesigns(host: DesignHost, base: string, options: LoadOptions): Promise<LoadedDesigns> {
  const listing = await host.listFiles(base, ignoreMatcher([]));
  // The end of a long walk, and sorting its files into designs, take tens of milliseconds: requests first.
  await yieldToEvents();
  const configFolders = new Set([...options.configFoldersAbove ?? [], ...listing.configs.map(uri => parentFolder(uri)!)]);
  const groups = groupByDesignRoot(listing.documents, configFolders, options.fallbackRoots ?? [base]);
  for (const folder of configFolders) if (relativePath(base, folder) !== undefined && !groups.has(folder)) groups.set(folder, []);
  const designs: LoadedDesign[] = [];
  for (const [root, documents] of groups) {
    if (options.wanted && !options.wanted(root, documents)) continue;
    designs.push(await loadDesign(host, root, configFolders.has(root), documents, options));
  }
  return { designs, configFolders };
}

async function loadDesign(host: DesignHost, root: string, declared: boolean, documents: readonly string[], options: LoadOptions): Promise<LoadedDesign> {
  const design = new Design();
  design.setDeclared(declared);
  const configFile = declared ? await host.readConfig(joinUri(root, CONFIG_FILE_NAME)) : undefined;
  const fileConfig = configFile?.errors.length ? options.lastValid?.(root) : configFile?.config;
  design.setConfig(mergeConfig(fileConfig ?? design.getConfig(), options.overrides ?? {}));
  const ignored = ignoreMatcher(design.getConfig().ignore);
  // Reading is sliced: the language server answers requests between slices while it indexes.
  const slicer = new Slicer();
  for (const uri of documents) {
    if (ignored(relativePath(root, uri) ?? '')) continue;
    const document = await readDocument(host, uri, options.onError);
    if (document) design.set(document);
    await slicer.pause();
  }
  return { root, design, configFile };
}

/** Reads and parses one file; a file that cannot be read is logged and left out. */
export async function readDocument(host: DesignHost, uri: string, onError: (message: string) => void): Promise<DesignDocument | undefined> {
  const read = await host.readDocument(uri);
  if ('unreadable' in read) {
    onError(read.unreadable);
    return undefined;
  }
  return 'text' in read ? parseDocument(uri, read.text) : skippedDocument(uri, read.skipped);
}

/** The one design whose root is `root`, without the designs nested in it: `idstudio report` reports one design. */
export async function loadRootDesign(host: DesignHost, root: string, onError: (message: string) => void): Promise<LoadedDesign> {
  const { designs } = await loadDesigns(host, root, { onError, wanted: candidate => candidate === root });
  return designs[0] ?? { root, design: new Design(), configFile: undefined };
}
