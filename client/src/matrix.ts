import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { AlignmentMatrixRequest, DesignReportRequest, type AlignmentMatrixResult } from '../../server/src/protocol';
import { REVEAL_ITEM_COMMAND, type DesignNode, type DesignOutlines, type Target } from './tree';

export const OPEN_MATRIX_COMMAND = 'idstudio.openAlignmentMatrix';
export const WRITE_REPORT_COMMAND = 'idstudio.writeReport';
const VIEW_TYPE = 'idstudio.alignmentMatrix';
export const REPORT_FILE_NAME = 'design-report.html';

/** One alignment matrix panel per design, kept live: it re-asks the server whenever the design changes. */
export class AlignmentMatrices implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  constructor(private readonly client: BaseLanguageClient, private readonly outlines: DesignOutlines, private readonly extensionUri: vscode.Uri) {}

  /** Opens (or reveals) the matrix of the design holding the node, the active editor's file or the first folder. */
  async open(node?: DesignNode): Promise<void> {
    const uri = designHint(node);
    if (!uri) {
      void vscode.window.showWarningMessage('Open a folder with design documents to see its alignment matrix.');
      return;
    }
    const result = await this.request(uri);
    if (!result) return;
    const existing = this.panels.get(result.designUri);
    if (existing) {
      existing.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Alignment: ${result.name}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'design.svg');
    panel.webview.html = this.html(panel.webview);
    this.panels.set(result.designUri, panel);
    const post = async () => {
      const fresh = await this.request(result.designUri);
      // Completeness of the steps (as the tree shows it) next to the alignment figures.
      const stepsComplete = this.outlines.folderOf(vscode.Uri.parse(fresh?.designUri ?? result.designUri))?.outline.summary.stepsComplete;
      if (fresh) await panel.webview.postMessage({ type: 'matrix', result: fresh, stepsComplete });
    };
    const subscriptions = [
      this.outlines.onDidChange(() => void post()),
      panel.webview.onDidReceiveMessage(async (message: { type: string } & Partial<Target>) => {
        if (message.type === 'ready') await post();
        if (message.type === 'open' && message.uri) {
          await vscode.commands.executeCommand(REVEAL_ITEM_COMMAND, { uri: message.uri, range: message.range, id: message.id });
        }
      }),
    ];
    panel.onDidDispose(() => {
      this.panels.delete(result.designUri);
      for (const subscription of subscriptions) subscription.dispose();
    });
  }

  /** Writes the design report next to the design's documents and opens it in the browser. */
  async writeReport(node?: DesignNode): Promise<void> {
    const uri = designHint(node);
    if (!uri) return;
    const result = await this.client.sendRequest(DesignReportRequest, { uri: uri.toString() });
    if (!result) return;
    const file = vscode.Uri.joinPath(vscode.Uri.parse(result.designUri), REPORT_FILE_NAME);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.html));
    const opened = await vscode.env.openExternal(file);
    const choice = await vscode.window.showInformationMessage(`Wrote ${vscode.workspace.asRelativePath(file)}${opened ? ' and opened it in the browser' : ''}.`, 'Show in Editor');
    if (choice) await vscode.window.showTextDocument(file);
  }

  private async request(uri: vscode.Uri | string): Promise<AlignmentMatrixResult | null> {
    try {
      return await this.client.sendRequest(AlignmentMatrixRequest, { uri: uri.toString() });
    } catch (error) {
      this.client.error('The alignment matrix could not be loaded.', error, false);
      return null;
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map(byte => byte.toString(16).padStart(2, '0')).join('');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'matrix-view.js'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}' ${webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alignment matrix</title>
<style nonce="${nonce}">${MATRIX_STYLE}</style>
</head>
<body>
<main id="root" aria-busy="true"><p>Loading the alignment matrix…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
  }
}

function designHint(node: DesignNode | undefined): vscode.Uri | undefined {
  if (node) return vscode.Uri.parse(node.folder.uri);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && vscode.workspace.getWorkspaceFolder(active)) return active;
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** Theme colours only (light, dark, high contrast follow), no remote fonts or images. */
const MATRIX_STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1rem 1rem; }
h1 { font-size: 1.3em; font-weight: 600; }
.figures { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin-bottom: .8rem; }
.figure .value { font-weight: 600; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; margin-bottom: .8rem; }
select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--vscode-descriptionForeground); padding-bottom: .3rem; }
th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, #8884)); padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: var(--vscode-editorWidget-background); }
tr.group th { background: var(--vscode-sideBarSectionHeader-background, var(--vscode-editorWidget-background)); font-weight: 600; }
tr.subgroup th { font-weight: normal; font-style: italic; }
th:focus, td:focus, a:focus, select:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
a.item { color: var(--vscode-textLink-foreground); text-decoration: none; font-family: var(--vscode-editor-font-family); }
a.item:hover { text-decoration: underline; }
.statement, .muted, .class { color: var(--vscode-descriptionForeground); }
th .statement { font-weight: normal; }
.class { font-size: .9em; }
.mark { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3rem; margin: 0 .2rem .1rem 0; white-space: nowrap; color: var(--vscode-errorForeground); }
.mark-no-practice, .mark-not-practised { color: var(--vscode-editorWarning-foreground, var(--vscode-errorForeground)); }
body.vscode-high-contrast .mark { border-width: 2px; }
`;
