import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { Design, mergeConfig, type Config } from '../core';
import { ignoreMatcher, listMarkdownFiles, loadConfig, loadDocument, type LoadedConfig } from './files';

/** One workspace folder on disk and its design: one design per folder, configured by its `.idstudio.json`. */
export class FolderDesign {
  readonly design = new Design();
  configFile: LoadedConfig | undefined;
  private ignored: (relativePath: string) => boolean = ignoreMatcher([]);

  constructor(readonly root: string, private readonly onError: (message: string) => void) {}

  /**
   * Reads the configuration, then every Markdown file below the folder. One thread on purpose: measured on
   * 2 cores, parser threads were slower (each pays its own JIT warm-up and GC, and results must be copied).
   */
  async load(overrides: Partial<Config> = {}): Promise<void> {
    await this.loadConfig(overrides);
    for (const file of await listMarkdownFiles(this.root, this.ignored, this.onError)) {
      const document = loadDocument(file, URI.file(file).toString(), this.onError);
      if (document) this.design.set(document);
    }
  }

  async loadConfig(overrides: Partial<Config> = {}): Promise<void> {
    this.configFile = await loadConfig(this.root);
    for (const error of this.configFile.errors) this.onError(`${this.configFile.file}: ${error}`);
    const config = mergeConfig(this.configFile.config, overrides);
    this.ignored = ignoreMatcher(config.ignore);
    this.design.setConfig(config);
  }

  /** Whether a file lies inside this folder and is not ignored by configuration. */
  includes(file: string): boolean {
    const relative = path.relative(this.root, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return !this.ignored(relative.split(path.sep).join('/'));
  }

  contains(file: string): boolean {
    const relative = path.relative(this.root, file);
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  }

  async reload(file: string): Promise<void> {
    const uri = URI.file(file).toString();
    const document = this.includes(file) ? loadDocument(file, uri, this.onError) : undefined;
    if (document) this.design.set(document); else this.design.delete(uri);
  }
}
