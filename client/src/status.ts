import * as vscode from 'vscode';
import type { FolderOutline } from '../../server/src/protocol';
import { describeProblems, plural, stepIconName, type DesignOutlines } from './tree';

/** "$(checklist) Design 9/12 steps · 3 objectives not assessed" for the folder of the active editor; click focuses the tree. */
export function createDesignStatus(outlines: DesignOutlines): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('idstudio.designStatus', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Design progress';
  item.command = 'idstudio.focusTree';
  const update = () => {
    const folder = shownFolder(outlines);
    if (!folder) {
      item.hide();
      return;
    }
    const { summary } = folder.outline;
    const notAssessed = summary.objectivesNotAssessed ? ` · ${plural(summary.objectivesNotAssessed, 'objective')} not assessed` : '';
    item.text = `$(checklist) Design ${summary.stepsWithItems}/12 steps${notAssessed}`;
    item.tooltip = tooltipOf(folder, outlines.folders.length > 1);
    item.show();
  };
  return vscode.Disposable.from(item, outlines.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}

/** The active editor's folder, else the first folder with design documents; none without design documents. */
function shownFolder(outlines: DesignOutlines): FolderOutline | undefined {
  const editor = vscode.window.activeTextEditor;
  const active = editor && outlines.folderOf(editor.document.uri);
  const folder = active ?? outlines.folders.find(candidate => candidate.outline.summary.designDocuments > 0);
  return folder && folder.outline.summary.designDocuments > 0 ? folder : undefined;
}

function tooltipOf(folder: FolderOutline, named: boolean): vscode.MarkdownString {
  const { summary, phases } = folder.outline;
  const lines = [
    `**Design${named ? ` of ${folder.name}` : ''}**: ${summary.stepsWithItems} of 12 steps have items, ${summary.stepsComplete} complete.`,
    `${plural(summary.objectives, 'objective')}, ${summary.objectivesNotAssessed} not assessed. ${describeProblems(summary.problems) || 'No errors or warnings.'}`,
    ...phases.map(phase => `${phase.phase}: ${phase.steps.map(step => `$(${stepIconName(step)}) ${step.step}`).join(' ')}`),
    'Click to show the design steps.',
  ];
  const tooltip = new vscode.MarkdownString(lines.join('\n\n'));
  tooltip.supportThemeIcons = true;
  return tooltip;
}
