import * as path from 'node:path';
import { URI } from 'vscode-uri';
import {
  buildOutline, DESIGN_CHANGED_NOTIFICATION, DESIGN_TREE_REQUEST, type DesignChangedParams, type DesignTreeParams,
  type DesignTreeResult, type FolderOutline,
} from '../core/outline';
import { fsPath } from '../lsp/workspace';
import type { DesignLanguageServer } from '../server';
import type { Feature } from '.';

/** Quiet time after the last model change before the client is told to refresh. */
export const DESIGN_CHANGED_DEBOUNCE_MS = 150;

/** `idstudio/designTree`: the outline of each workspace folder; `idstudio/designChanged` when one changes. */
export const tree: Feature = {
  capabilities: {},
  register(server) {
    const notifier = new DesignChangeNotifier(server);
    server.connection.onRequest(DESIGN_TREE_REQUEST, async (params: DesignTreeParams | undefined): Promise<DesignTreeResult> => {
      await server.ready;
      server.syncEdits();
      server.publish(server.workspace.flush());
      const folders = folderOutlines(server).filter(folder => !params?.folderUri || sameFolder(folder.uri, params.folderUri));
      notifier.remember(folders);
      return { folders };
    });
    server.onDidChangeModel(() => notifier.schedule());
  },
};

function folderOutlines(server: DesignLanguageServer): FolderOutline[] {
  return server.workspace.folderRoots().sort().map(root => ({
    uri: URI.file(root).toString(),
    name: path.basename(root),
    outline: buildOutline(server.workspace.designOf(URI.file(root).toString())),
  }));
}

function sameFolder(uri: string, other: string): boolean {
  return path.resolve(fsPath(uri)) === path.resolve(fsPath(other));
}

/** Notifies the client of the folders whose outline differs from what it last received or was told. */
class DesignChangeNotifier {
  private readonly known = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly server: DesignLanguageServer) {}

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.server.guard(() => this.notify());
    }, DESIGN_CHANGED_DEBOUNCE_MS);
  }

  remember(folders: readonly FolderOutline[]): string[] {
    const changed: string[] = [];
    for (const folder of folders) {
      const key = JSON.stringify(folder);
      if (this.known.get(folder.uri) !== key) changed.push(folder.uri);
      this.known.set(folder.uri, key);
    }
    return changed;
  }

  private async notify(): Promise<void> {
    await this.server.ready;
    const folders = folderOutlines(this.server);
    const removed = [...this.known.keys()].filter(uri => !folders.some(folder => folder.uri === uri));
    for (const uri of removed) this.known.delete(uri);
    const folderUris = [...this.remember(folders), ...removed];
    if (folderUris.length === 0) return;
    const params: DesignChangedParams = { folderUris };
    await this.server.connection.sendNotification(DESIGN_CHANGED_NOTIFICATION, params);
  }
}
