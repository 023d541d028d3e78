import { buildOutline } from '../core/outline';
import { hashOf } from '../core/text';
import { DesignChangedNotification, DesignTreeRequest, type FolderOutline } from '../protocol';
import { baseName, folderKey } from '../host/uris';
import type { Feature, ServerContext } from './context';

/** Quiet time after the last model change before the client is told to refresh. */
export const DESIGN_CHANGED_DEBOUNCE_MS = 150;

/** `idstudio/designTree`: the outline of each workspace folder; `idstudio/designChanged` when one changes. */
export const tree: Feature = {
  capabilities: {},
  register(server) {
    const notifier = new DesignChangeNotifier(server);
    server.connection.onRequest(DesignTreeRequest, async params => {
      await server.ready;
      server.syncEdits();
      server.publish(server.workspace.flush());
      const folders = folderOutlines(server).filter(folder => !params?.folderUri || sameFolder(folder.uri, params.folderUri));
      notifier.remember(folders, true);
      return { folders };
    });
    server.onDidChangeModel(() => notifier.schedule());
  },
};

function folderOutlines(server: ServerContext): FolderOutline[] {
  return server.workspace.designRoots().map(root => ({
    uri: root,
    name: baseName(root),
    outline: buildOutline(server.workspace.designOf(root)),
  }));
}

function sameFolder(uri: string, other: string): boolean {
  return folderKey(uri) === folderKey(other);
}

/** Notifies the client of the folders whose outline differs from what it last received or was told. */
class DesignChangeNotifier {
  /** Per folder: the hash of the outline the client has (undefined: it has none yet), and the design's version. */
  private readonly known = new Map<string, { outline: number | undefined; version: number }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** After the first notification, outlines are only rebuilt for a client that shows the tree. */
  private treeRequested = false;
  private announced = false;

  constructor(private readonly server: ServerContext) {}

  schedule(): void {
    if (this.announced && !this.treeRequested) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.server.guard(() => this.notify());
    }, DESIGN_CHANGED_DEBOUNCE_MS);
  }

  /** Records what the client knows; returns the folders whose outline differs from it. */
  remember(folders: readonly FolderOutline[], requested = false): string[] {
    this.treeRequested ||= requested;
    const changed: string[] = [];
    for (const folder of folders) {
      const outline = hashOf(JSON.stringify(folder));
      if (this.known.get(folder.uri)?.outline !== outline) changed.push(folder.uri);
      this.known.set(folder.uri, { outline, version: this.versionOf(folder.uri) });
    }
    return changed;
  }

  private versionOf(folderUri: string): number {
    return this.server.workspace.designOf(folderUri).version;
  }

  private async notify(): Promise<void> {
    await this.server.ready;
    const roots = this.server.workspace.designRoots();
    const removed = [...this.known.keys()].filter(uri => !roots.includes(uri));
    for (const uri of removed) this.known.delete(uri);
    // A folder the client has no outline of has changed for it: announced without building one (a second
    // at 100,000 items, while the first diagnostics are going out).
    const unseen = roots.filter(uri => this.known.get(uri)?.outline === undefined);
    for (const uri of unseen) this.known.set(uri, { outline: undefined, version: this.versionOf(uri) });
    // Rebuilding an outline costs tens of milliseconds on big designs: only for folders that changed.
    const moved = new Set(roots.filter(uri => !unseen.includes(uri) && this.known.get(uri)!.version !== this.versionOf(uri)));
    const folders = moved.size ? folderOutlines(this.server).filter(folder => moved.has(folder.uri)) : [];
    const folderUris = [...unseen, ...this.remember(folders), ...removed];
    this.announced = true;
    if (folderUris.length === 0) return;
    await this.server.connection.sendNotification(DesignChangedNotification, { folderUris });
  }
}
