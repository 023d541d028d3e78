import { Design, parseDocument, type Config, type DesignDocument, type Finding } from '../core';
import { FolderDesign } from '../host/folder-design';
import type { DesignHost } from '../host/host';
import { folderKey } from '../host/uris';

/**
 * The designs the server knows: one per workspace folder, plus one for files opened outside any folder.
 * Open editors win over the host's files: their text replaces the file's content until they close.
 * Folders and documents are named by URI; every read goes through the host.
 */
export class DesignWorkspace {
  private folders: FolderDesign[] = [];
  private readonly loose = new Design();
  private readonly openTexts = new Map<string, string>();
  overrides: Partial<Config> = {};

  constructor(private readonly host: DesignHost, private readonly log: (message: string) => void) {}

  /** The URIs of the workspace folders. */
  folderRoots(): string[] {
    return this.folders.map(folder => folder.root);
  }

  /** Indexes a folder from the host; returns every finding of its design documents. */
  async addFolder(folderUri: string): Promise<Map<string, Finding[]>> {
    const root = folderKey(folderUri);
    const folder = new FolderDesign(root, this.host, this.log);
    await folder.load(this.overrides);
    this.folders = [...this.folders.filter(existing => existing.root !== root), folder]
      .sort((a, b) => b.root.length - a.root.length);
    for (const [uri, text] of this.openTexts) {
      if (this.folderOf(uri) === folder) folder.design.set(parseDocument(uri, text));
    }
    return folder.design.flush();
  }

  /** Forgets a folder; returns its documents with empty findings, to clear them. */
  removeFolder(folderUri: string): Map<string, Finding[]> {
    const root = folderKey(folderUri);
    const folder = this.folders.find(existing => existing.root === root);
    this.folders = this.folders.filter(existing => existing !== folder);
    const cleared = new Map<string, Finding[]>();
    for (const document of folder?.design.allDocuments() ?? []) if (folder!.design.isChecked(document.uri)) cleared.set(document.uri, []);
    return cleared;
  }

  /** Re-reads a folder (its configuration changed); returns what changed, including cleared documents. */
  async reloadFolder(root: string): Promise<Map<string, Finding[]>> {
    const cleared = this.removeFolder(root);
    const fresh = await this.addFolder(root);
    for (const [uri, findings] of fresh) cleared.set(uri, findings);
    return cleared;
  }

  designOf(uri: string): Design {
    return this.folderOf(uri)?.design ?? this.loose;
  }

  document(uri: string): DesignDocument | undefined {
    return this.designOf(uri).get(uri);
  }

  /** Every design, for workspace-wide requests. */
  designs(): Design[] {
    return [...this.folders.map(folder => folder.design), this.loose];
  }

  setOpenText(uri: string, text: string): void {
    this.openTexts.set(uri, text);
    const folder = this.folderOf(uri);
    if (folder && !folder.includes(uri)) return;
    this.designOf(uri).set(parseDocument(uri, text));
  }

  /** An editor closed: the file's content on the host (if any) takes over again. */
  async closeText(uri: string): Promise<void> {
    this.openTexts.delete(uri);
    await this.reloadFromHost(uri);
  }

  async reloadFromHost(uri: string): Promise<void> {
    if (this.openTexts.has(uri)) return;
    const folder = this.folderOf(uri);
    if (folder) await folder.reload(uri); else this.loose.delete(uri);
  }

  deleted(uri: string): void {
    if (this.openTexts.has(uri)) return;
    this.designOf(uri).delete(uri);
  }

  /** Re-checks every design; returns the documents whose findings changed. */
  flush(): Map<string, Finding[]> {
    const changed = new Map<string, Finding[]>();
    for (const design of this.designs()) for (const [uri, findings] of design.flush()) changed.set(uri, findings);
    return changed;
  }

  async setOverrides(overrides: Partial<Config>): Promise<Map<string, Finding[]>> {
    this.overrides = overrides;
    const changed = new Map<string, Finding[]>();
    for (const root of this.folderRoots()) for (const [uri, findings] of await this.reloadFolder(root)) changed.set(uri, findings);
    return changed;
  }

  /** The folder holding a document; folders are sorted innermost first. */
  private folderOf(uri: string): FolderDesign | undefined {
    return this.folders.find(folder => folder.contains(uri));
  }

  /** The folder whose own configuration file this is, if any. */
  folderConfiguredBy(uri: string): string | undefined {
    return this.folders.find(folder => folder.configUri() === uri)?.root;
  }
}
