import { URI } from 'vscode-uri';
import { FileChangeEmitter, type DesignHost, type FileChange, type IgnoreMatcher } from './host';

/**
 * Local files from one host, every other scheme from another: the Node server reads `file:` folders
 * from the disk and asks the client for folders on a virtual file system (a desktop VS Code with
 * GitHub Repositories). Changes come from the client's watcher, for both.
 */
export class SchemeHost implements DesignHost {
  readonly changes = new FileChangeEmitter();

  constructor(private readonly local: DesignHost, private readonly other: DesignHost) {}

  listFiles(folderUri: string, ignored: IgnoreMatcher) { return this.hostOf(folderUri).listFiles(folderUri, ignored); }
  readDocument(uri: string) { return this.hostOf(uri).readDocument(uri); }
  exists(uri: string) { return this.hostOf(uri).exists(uri); }
  readConfig(configUri: string) { return this.hostOf(configUri).readConfig(configUri); }

  onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): void {
    this.changes.on(listener);
  }

  private hostOf(uri: string): DesignHost {
    return URI.parse(uri).scheme === 'file' ? this.local : this.other;
  }
}
