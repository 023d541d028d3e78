import { CONFIG_FILE_NAME, Design, mergeConfig, parseDocument, skippedDocument, type Config, type DesignDocument } from '../core';
import { ignoreMatcher } from './content';
import type { ConfigFile, DesignHost, IgnoreMatcher } from './host';
import { displayUri, joinUri, relativePath } from './uris';

/** One folder and its design: one design per folder, configured by its `.idstudio.json`. */
export class FolderDesign {
  readonly design = new Design();
  configFile: ConfigFile | undefined;
  private ignored: IgnoreMatcher = ignoreMatcher([]);

  constructor(readonly root: string, private readonly host: DesignHost, private readonly onError: (message: string) => void) {}

  /**
   * Reads the configuration, then every design candidate below the folder. One thread on purpose: measured
   * on 2 cores, parser threads were slower (each pays its own JIT warm-up and GC, and results must be copied).
   */
  async load(overrides: Partial<Config> = {}): Promise<void> {
    await this.loadConfig(overrides);
    const { documents } = await this.host.listFiles(this.root, this.ignored);
    for (const uri of documents) {
      const document = await this.read(uri);
      if (document) this.design.set(document);
    }
  }

  async loadConfig(overrides: Partial<Config> = {}): Promise<void> {
    this.configFile = await this.host.readConfig(this.configUri());
    for (const error of this.configFile.errors) this.onError(`${displayUri(this.configFile.uri)}: ${error}`);
    const config = mergeConfig(this.configFile.config, overrides);
    this.ignored = ignoreMatcher(config.ignore);
    this.design.setConfig(config);
  }

  configUri(): string {
    return joinUri(this.root, CONFIG_FILE_NAME);
  }

  /** Whether a file lies inside this folder and is not ignored by configuration. */
  includes(uri: string): boolean {
    const relative = relativePath(this.root, uri);
    return relative !== undefined && !this.ignored(relative);
  }

  contains(uri: string): boolean {
    return relativePath(this.root, uri) !== undefined;
  }

  async reload(uri: string): Promise<void> {
    const document = this.includes(uri) ? await this.read(uri) : undefined;
    if (document) this.design.set(document); else this.design.delete(uri);
  }

  private async read(uri: string): Promise<DesignDocument | undefined> {
    const read = await this.host.readDocument(uri);
    if ('unreadable' in read) {
      this.onError(read.unreadable);
      return undefined;
    }
    return 'text' in read ? parseDocument(uri, read.text) : skippedDocument(uri, read.skipped);
  }
}
