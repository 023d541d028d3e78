import * as vscode from 'vscode';
import { STEPS, type Kind } from '../../server/src/core/kinds';
import type { DesignOutline, OutlineStep } from '../../server/src/protocol';
import { withDefaults, withFreshIds } from './template-text';
import { addItem, createFromTemplate, exists, folderForStep, freeStepFile, stepFile, type Templates } from './templates';
import { KIND_ICONS, REVEAL_ITEM_COMMAND, targetOf, type DesignNode, type DesignOutlines, type Target } from './tree';

/** Everything the commands act on. */
export interface CommandContext {
  outlines: DesignOutlines;
  templates: Templates;
  /** The tree views, to find the selected node when a command runs from a key binding. */
  views: readonly vscode.TreeView<DesignNode>[];
}

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  const selected = (node?: DesignNode) => node ?? context.views.find(view => view.visible && view.selection.length)?.selection[0];
  const commands: Record<string, (...args: never[]) => unknown> = {
    [REVEAL_ITEM_COMMAND]: (target?: Target) => revealItem(context, target),
    'idstudio.copyId': (node?: DesignNode) => copyId(targetOf(selected(node))),
    'idstudio.revealInExplorer': async (node?: DesignNode) => {
      const target = targetOf(selected(node));
      if (target) await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.parse(target.uri));
    },
    'idstudio.newItem': (node?: DesignNode) => newItem(context, selected(node)),
    'idstudio.newDocument': (node?: DesignNode) => newDocument(context, node),
    'idstudio.createStepDocuments': () => createStepDocuments(context),
    'idstudio.refreshTree': () => context.outlines.refresh(),
    'idstudio.focusTree': () => vscode.commands.executeCommand('idstudio.designTree.focus'),
  };
  return Object.entries(commands).map(([id, run]) => vscode.commands.registerCommand(id, run));
}

/** Opens a document with the item's id selected; without a target, lets the user pick any item. */
async function revealItem(context: CommandContext, target?: Target): Promise<void> {
  const chosen = target ?? await pickItem(context);
  if (!chosen) return;
  const range = chosen.range && new vscode.Range(chosen.range.start.line, chosen.range.start.character,
    chosen.range.end.line, chosen.range.end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(chosen.uri), { selection: range, preview: false });
}

async function pickItem(context: CommandContext): Promise<Target | undefined> {
  const items = context.outlines.folders.flatMap(folder => folder.outline.phases).flatMap(phase => phase.steps)
    .flatMap(step => step.items.map(item => ({
      label: `$(${KIND_ICONS[item.kind]}) ${item.id ?? item.kind}`, description: item.title,
      detail: `Step ${step.step}: ${step.name}`, target: item,
    })));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Go to a design item', matchOnDescription: true });
  return picked?.target;
}

async function copyId(target: Target | undefined): Promise<void> {
  if (!target?.id) return;
  await vscode.env.clipboard.writeText(target.id);
  vscode.window.setStatusBarMessage(`Copied ${target.id}`, 3000);
}

/** The step a node belongs to: the step itself, or the step of an item's kind. */
function stepOfNode(node: DesignNode | undefined): OutlineStep | undefined {
  if (node?.type === 'step') return node.step;
  const kind = node?.type === 'item' ? node.item.kind : node?.type === 'link' ? node.link.kind : undefined;
  return node && kind && node.folder.outline.phases.flatMap(phase => phase.steps).find(step => step.kind === kind);
}

async function newItem(context: CommandContext, node: DesignNode | undefined): Promise<void> {
  const folder = await chooseFolder(node);
  const kind = stepOfNode(node)?.kind ?? await pickStep('Step of the new item');
  if (!folder || !kind) return;
  const step = outlineOf(context, folder)?.phases.flatMap(phase => phase.steps).find(entry => entry.kind === kind);
  await addItem(context.templates, kind, step?.documents ?? [], idsOf(outlineOf(context, folder)), () => createStepDocument(context, folder, kind));
}

async function newDocument(context: CommandContext, node: DesignNode | undefined): Promise<void> {
  const folder = await chooseFolder(node);
  if (!folder) return;
  const kind = stepOfNode(node)?.kind ?? await pickStep('Step of the new design document');
  if (kind) await createStepDocument(context, folder, kind);
}

async function createStepDocument(context: CommandContext, folder: vscode.WorkspaceFolder, kind: Kind): Promise<void> {
  const outline = outlineOf(context, folder);
  const file = await freeStepFile(folderForStep(folder.uri, outline, kind), kind);
  const [template] = withFreshIds([context.templates.document(kind)], idsOf(outline));
  await createFromTemplate(file, template);
}

/** Every id the design defines, so templates never add a second one. */
function idsOf(outline: DesignOutline | undefined): string[] {
  return (outline?.phases ?? []).flatMap(phase => phase.steps).flatMap(step => step.items).flatMap(item => item.id ?? []);
}

/** Writes the template of every step that has no document yet, with its default values, and opens step 1. */
async function createStepDocuments(context: CommandContext): Promise<void> {
  const folder = await chooseFolder(undefined);
  if (!folder) return;
  const outline = outlineOf(context, folder);
  const started = new Set(outline?.phases.flatMap(phase => phase.steps).filter(step => step.documents.length).map(step => step.kind));
  const created: vscode.Uri[] = [];
  const missing = STEPS.filter(step => !started.has(step.kind));
  const templates = withFreshIds(missing.map(step => context.templates.document(step.kind)), idsOf(outline));
  for (const [index, { kind }] of missing.entries()) {
    const file = stepFile(folderForStep(folder.uri, undefined, kind), kind);
    if (await exists(file)) continue;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(withDefaults(templates[index])));
    created.push(file);
  }
  if (created.length) await vscode.window.showTextDocument(created[0], { preview: false });
  void vscode.window.showInformationMessage(created.length
    ? `Created ${created.length} step documents in ${folder.name}: fill them in step by step, starting with the learning goal.`
    : `Every step already has a document in ${folder.name}.`);
}

function outlineOf(context: CommandContext, folder: vscode.WorkspaceFolder) {
  return context.outlines.folderOf(folder.uri)?.outline;
}

/**
 * The steps to choose from. VS Code lists items whose label matches what the user types before those that
 * match only in their description or detail, and among label matches those that start with it: so the label
 * is the step's short name ("Objectives"), and typing "objective" offers step 6 before step 7 ("Assessment
 * of each objective").
 */
async function pickStep(placeHolder: string): Promise<Kind | undefined> {
  const picked = await vscode.window.showQuickPick(STEPS.map(step => ({
    label: step.label, iconPath: new vscode.ThemeIcon(KIND_ICONS[step.kind]),
    description: `step ${step.step} · ${step.name} · ${step.phase} · type: ${step.kind}`, detail: step.asks, step: step.kind,
  })), { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.step;
}

/** The node's folder, else the only folder, else the active editor's, else the user's pick. */
async function chooseFolder(node: DesignNode | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) {
    void vscode.window.showWarningMessage('Open a folder first: design documents live in a workspace folder.');
    return undefined;
  }
  const fromNode = node && vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(node.folder.uri));
  const active = vscode.window.activeTextEditor && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri);
  return fromNode ?? (folders.length === 1 ? folders[0] : active)
    ?? vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the design document' });
}
