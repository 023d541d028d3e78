import * as vscode from 'vscode';
import type { FolderOutline } from '../../server/src/protocol';
import { describeProblems, plural, stepIconName, stepState, type DesignOutlines } from './tree';

/** "$(checklist) Design 9/12 steps complete · 1 error · 3 warnings" for the folder of the active editor; click focuses the tree. */
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
    item.text = `$(checklist) ${statusText(summary)}`;
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

/** "Design 9/12 steps complete · 1 error · 3 warnings · 2 placeholders" (counts left out when zero). */
function statusText(summary: FolderOutline['outline']['summary']): string {
  const { errors, warnings, placeholders } = summary.problems;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(placeholders, 'placeholder')].filter(text => !text.startsWith('0 '));
  return [`Design ${summary.stepsComplete}/12 steps complete`, ...counts].join(' · ');
}

/** The summary, then what keeps each incomplete step open, phase by phase. */
function tooltipOf(folder: FolderOutline, named: boolean): vscode.MarkdownString {
  const { summary, phases } = folder.outline;
  const open = phases.flatMap(phase => phase.steps).filter(step => step.status !== 'complete')
    .map(step => `$(${stepIconName(step)}) **${step.step}. ${step.label}**: ${stepState(step)}`);
  const lines = [
    `**Design${named ? ` of ${folder.name}` : ''}**: ${summary.stepsComplete} of 12 steps complete. ${describeProblems(summary.problems) || 'No errors or warnings.'}`,
    ...phases.map(phase => `${phase.phase}: ${phase.steps.map(step => `$(${stepIconName(step)}) ${step.step}`).join(' ')}`),
    ...(open.length ? ['**Still open:**', ...open] : ['Every step is complete.']),
    `${plural(summary.objectives, 'objective')}, ${summary.objectivesNotAssessed} not assessed. Click to show the design steps.`,
  ];
  const tooltip = new vscode.MarkdownString(lines.join('\n\n'));
  tooltip.supportThemeIcons = true;
  return tooltip;
}
