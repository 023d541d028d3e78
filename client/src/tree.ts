import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Kind } from '../../server/src/core/kinds';
import {
  DesignChangedNotification, DesignTreeRequest, type DesignTreeResult, type FolderOutline,
  type ItemLocation, type LinkedItem, type OutlineItem, type OutlinePhase, type OutlineStep, type ProblemCounts,
  type UnsortedDocument,
} from '../../server/src/protocol';

type Measure = NonNullable<OutlineItem['gap']>['measures'][number];

/** The outlines of the workspace folders, as the server last reported them. */
export class DesignOutlines implements vscode.Disposable {
  folders: FolderOutline[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private requests = 0;
  private shown = 0;

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions = [
      this.changed,
      client.onNotification(DesignChangedNotification, () => this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
    ];
  }

  /** Asks the server for every folder's outline; a reply older than one already shown is dropped. */
  async refresh(): Promise<void> {
    const request = ++this.requests;
    let result: DesignTreeResult;
    try {
      result = await this.client.sendRequest(DesignTreeRequest, {});
    } catch (error) {
      this.client.error('The design tree could not be loaded.', error, false);
      return;
    }
    if (request < this.shown) return;
    this.shown = request;
    this.folders = inWorkspaceOrder(result.folders);
    const hasDesign = this.folders.some(folder => folder.outline.summary.designDocuments > 0);
    await vscode.commands.executeCommand('setContext', 'idstudio.hasDesignDocuments', hasDesign);
    await vscode.commands.executeCommand('setContext', 'idstudio.treeLoaded', true);
    this.changed.fire();
  }

  /** The outline of the design holding `uri` (a document, or a folder at or below the design's root). */
  folderOf(uri: vscode.Uri): FolderOutline | undefined {
    const key = uri.toString();
    return this.folders.filter(outline => key === outline.uri || key.startsWith(`${outline.uri}/`))
      .sort((a, b) => b.uri.length - a.uri.length)[0];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** Designs in the order of their workspace folders, then by path (one design per root, several per folder). */
function inWorkspaceOrder(folders: FolderOutline[]): FolderOutline[] {
  const order = (folder: FolderOutline) => vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(folder.uri))?.index ?? -1;
  return [...folders].sort((a, b) => order(a) - order(b) || a.uri.localeCompare(b.uri));
}

/** A node of the design tree; every node keeps its folder so commands know where they act. */
export type DesignNode =
  | { type: 'folder'; folder: FolderOutline }
  | { type: 'phase'; folder: FolderOutline; phase: OutlinePhase }
  | { type: 'step'; folder: FolderOutline; step: OutlineStep }
  | { type: 'item'; folder: FolderOutline; item: OutlineItem }
  | { type: 'link'; folder: FolderOutline; link: LinkedItem; parent: OutlineItem }
  | { type: 'gap'; folder: FolderOutline; message: string; parent: OutlineItem }
  | { type: 'placeholders'; folder: FolderOutline; step: OutlineStep }
  | { type: 'performance-gap'; folder: FolderOutline; goal: OutlineItem }
  | { type: 'measure'; folder: FolderOutline; measure: Measure | undefined; goal: OutlineItem }
  | { type: 'unsorted'; folder: FolderOutline; documents: UnsortedDocument[] }
  | { type: 'document'; folder: FolderOutline; document: UnsortedDocument };

export const REVEAL_ITEM_COMMAND = 'idstudio.revealItem';

export const KIND_ICONS: Record<Kind, string> = {
  goal: 'milestone', learners: 'organization', resources: 'library', task: 'tasklist', skill: 'tools',
  objective: 'target', assessment: 'checklist', activity: 'play-circle', lesson: 'book', implementation: 'rocket',
  monitoring: 'pulse', evaluation: 'graph',
};

/** Phases → steps → items → (for objectives) linked items; one top-level node per folder when there are several. */
export class DesignTreeProvider implements vscode.TreeDataProvider<DesignNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly outlines: DesignOutlines) {
    outlines.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: DesignNode): DesignNode[] {
    if (!node) return this.roots();
    switch (node.type) {
      case 'folder': return folderChildren(node.folder);
      case 'phase': return node.phase.steps.map(step => ({ type: 'step', folder: node.folder, step }));
      case 'step': return stepChildren(node.folder, node.step);
      case 'item': return node.item.gap ? goalChildren(node.folder, node.item) : objectiveChildren(node.folder, node.item);
      case 'unsorted': return node.documents.map(document => ({ type: 'document', folder: node.folder, document }));
      default: return [];
    }
  }

  getTreeItem(node: DesignNode): vscode.TreeItem {
    switch (node.type) {
      case 'folder': return folderItem(node.folder);
      case 'phase': return phaseItem(node.folder, node.phase);
      case 'step': return stepItem(node.folder, node.step);
      case 'item': return itemItem(node.folder, node.item);
      case 'link': return linkItem(node.link, node.parent);
      case 'gap': return gapItem(node.message, node.parent);
      case 'placeholders': return placeholdersItem(node.folder, node.step);
      case 'performance-gap': return performanceGapItem(node.goal);
      case 'measure': return measureItem(node.measure, node.goal);
      case 'unsorted': return unsortedItem(node.folder, node.documents);
      case 'document': return documentItem(node.document);
    }
  }

  /** Nothing at all when no folder has a design document, so the welcome view shows instead. */
  private roots(): DesignNode[] {
    const { folders } = this.outlines;
    if (!folders.some(folder => folder.outline.summary.designDocuments > 0)) return [];
    if (folders.length === 1) return folderChildren(folders[0]);
    return folders.map(folder => ({ type: 'folder', folder }));
  }
}

function folderChildren(folder: FolderOutline): DesignNode[] {
  const phases: DesignNode[] = folder.outline.phases.map(phase => ({ type: 'phase', folder, phase }));
  const { unsorted } = folder.outline;
  return unsorted.length ? [...phases, { type: 'unsorted', folder, documents: unsorted }] : phases;
}

/** A step's items, after a row that leads to its first placeholder when some are left to fill in. */
function stepChildren(folder: FolderOutline, step: OutlineStep): DesignNode[] {
  const items = step.items.map((item): DesignNode => ({ type: 'item', folder, item }));
  return step.firstPlaceholder ? [{ type: 'placeholders', folder, step }, ...items] : items;
}

/** Under the goal: its performance gap, and how Step 12 measures it again. */
function goalChildren(folder: FolderOutline, goal: OutlineItem): DesignNode[] {
  const measures = goal.gap!.measures;
  return [
    { type: 'performance-gap', folder, goal },
    ...(measures.length ? measures : [undefined]).map((measure): DesignNode => ({ type: 'measure', folder, measure, goal })),
  ];
}

function objectiveChildren(folder: FolderOutline, objective: OutlineItem): DesignNode[] {
  const links = objective.links;
  if (!links) return [];
  const linked = [...links.skills, ...links.assessments, ...links.activities, ...links.lessons]
    .map((link): DesignNode => ({ type: 'link', folder, link, parent: objective }));
  const gaps: DesignNode[] = [];
  if (!links.assessments.length) gaps.push({ type: 'gap', folder, parent: objective, message: 'not assessed (step 7)' });
  if (!links.activities.length && !links.lessons.length) {
    gaps.push({ type: 'gap', folder, parent: objective, message: 'no activity or lesson (steps 8, 9)' });
  }
  return [...linked, ...gaps];
}

function folderItem(folder: FolderOutline): vscode.TreeItem {
  const started = folder.outline.summary.designDocuments > 0;
  const item = new vscode.TreeItem(folder.name, started ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = folder.uri;
  item.iconPath = vscode.ThemeIcon.Folder;
  item.description = `${folder.outline.summary.stepsComplete}/12 steps complete`;
  item.contextValue = 'idstudio.folder';
  return item;
}

function phaseItem(folder: FolderOutline, phase: OutlinePhase): vscode.TreeItem {
  const item = new vscode.TreeItem(phase.phase, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `${folder.uri}#${phase.phase}`;
  const complete = phase.steps.filter(step => step.status === 'complete').length;
  const numbers = phase.steps.map(step => step.step);
  const steps = numbers.length > 1 ? `steps ${numbers[0]}–${numbers[numbers.length - 1]}` : `step ${numbers[0]}`;
  item.description = `${complete}/${numbers.length} complete`;
  item.tooltip = `${phase.phase} (${steps}): ${complete} of ${numbers.length} complete`;
  item.contextValue = 'idstudio.phase';
  return item;
}

function stepItem(folder: FolderOutline, step: OutlineStep): vscode.TreeItem {
  const hasChildren = step.items.length > 0 || step.firstPlaceholder !== undefined;
  const item = new vscode.TreeItem(`${step.step}. ${step.label}`, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `${folder.uri}#step-${step.step}`;
  item.iconPath = stepIcon(step);
  item.description = stepDescription(step);
  item.tooltip = new vscode.MarkdownString(`**Step ${step.step}: ${step.name}**\n\n${step.asks}\n\n${stepState(step)}`);
  item.contextValue = 'idstudio.step';
  if (step.documents.length === 1 && !step.items.length) item.command = revealCommand({ uri: step.documents[0] });
  return item;
}

const STEP_ICON_COLORS: Record<string, string> = {
  'circle-outline': 'disabledForeground', pass: 'testing.iconPassed',
  error: 'problemsErrorIcon.foreground', warning: 'problemsWarningIcon.foreground', edit: 'problemsWarningIcon.foreground',
};

/** The codicon of a step's status, also used in the status bar tooltip as `$(name)`. */
export function stepIconName(step: OutlineStep): string {
  if (step.status === 'not-started') return 'circle-outline';
  if (step.status === 'complete') return 'pass';
  if (step.problems.errors) return 'error';
  return step.problems.warnings ? 'warning' : 'edit';
}

function stepIcon(step: OutlineStep): vscode.ThemeIcon {
  const name = stepIconName(step);
  const color = STEP_ICON_COLORS[name];
  return new vscode.ThemeIcon(name, color ? new vscode.ThemeColor(color) : undefined);
}

/** Short, for the row: the counts come first so a narrow sidebar cuts the words, not the numbers. */
function stepDescription(step: OutlineStep): string {
  if (step.status === 'not-started') return 'not started';
  if (step.status === 'in-progress') return describeProblems(step.problems);
  return 'complete';
}

/** The status in words, for tooltips: "In progress: 1 error, 3 placeholders to fill in (3 items)." */
export function stepState(step: OutlineStep): string {
  if (step.status === 'not-started') return 'Not started: no design document yet.';
  const items = `(${plural(step.items.length, 'item')} in ${plural(step.documents.length, 'document')})`;
  if (step.status === 'complete') return `Complete: no errors or warnings ${items}.`;
  return `In progress: ${describeProblems(step.problems)} ${items}.`;
}

function itemItem(folder: FolderOutline, outlineItem: OutlineItem): vscode.TreeItem {
  const hasChildren = outlineItem.links !== undefined || outlineItem.gap !== undefined;
  const label = outlineItem.id ?? outlineItem.title ?? `${outlineItem.kind} without id`;
  const item = new vscode.TreeItem(label, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `${folder.uri}#${outlineItem.uri}#${outlineItem.range.start.line}`;
  item.description = [outlineItem.id && outlineItem.title, describeProblems(outlineItem.problems)].filter(Boolean).join(' · ');
  item.tooltip = tooltipOf(outlineItem);
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[outlineItem.kind], problemColor(outlineItem.problems));
  item.command = revealCommand(outlineItem);
  item.contextValue = `idstudio.item${outlineItem.id ? ' hasId' : ''}`;
  return item;
}

function linkItem(link: LinkedItem, parent: OutlineItem): vscode.TreeItem {
  const item = new vscode.TreeItem(link.id);
  item.id = `${parent.uri}#${parent.range.start.line}→${link.kind}:${link.id}:${link.uri}`;
  item.description = [link.kind, link.title].filter(Boolean).join(' · ');
  item.tooltip = tooltipOf(link);
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[link.kind]);
  item.command = revealCommand(link);
  item.contextValue = 'idstudio.link hasId';
  return item;
}

function placeholdersItem(folder: FolderOutline, step: OutlineStep): vscode.TreeItem {
  const item = new vscode.TreeItem(`${plural(step.problems.placeholders, 'placeholder')} to fill in`);
  item.id = `${folder.uri}#step-${step.step}#placeholders`;
  item.iconPath = new vscode.ThemeIcon('edit', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  item.tooltip = 'Template text still to replace with this design\'s own words: click to go to the first one.';
  item.command = revealCommand(step.firstPlaceholder!);
  return item;
}

function performanceGapItem(goal: OutlineItem): vscode.TreeItem {
  const gap = goal.gap!.gap;
  const item = new vscode.TreeItem(gap ? 'Gap' : 'Gap: not stated');
  item.id = `${goal.uri}#${goal.range.start.line}→gap`;
  item.description = gap;
  item.tooltip = gap ? new vscode.MarkdownString(`**Performance gap** (step 1)\n\n${gap}`) : 'Step 1 states no "gap:" (current versus desired performance).';
  item.iconPath = new vscode.ThemeIcon('arrow-swap');
  item.command = revealCommand(goal);
  return item;
}

function measureItem(measure: Measure | undefined, goal: OutlineItem): vscode.TreeItem {
  const item = new vscode.TreeItem(measure ? 'Measured by' : 'Not measured again yet');
  item.id = `${goal.uri}#${goal.range.start.line}→measure:${measure ? `${measure.uri}:${measure.range.start.line}` : 'none'}`;
  item.description = measure?.text ?? 'step 12 "measures:"';
  item.tooltip = measure
    ? new vscode.MarkdownString(`**Measured again in step 12**\n\n${measure.text}`)
    : 'No evaluation (step 12) lists "measures:" of the performance gap yet.';
  item.iconPath = new vscode.ThemeIcon('graph', measure ? undefined : new vscode.ThemeColor('disabledForeground'));
  if (measure) item.command = revealCommand(measure);
  return item;
}

function gapItem(message: string, parent: OutlineItem): vscode.TreeItem {
  const item = new vscode.TreeItem(message);
  item.id = `${parent.uri}#${parent.range.start.line}→${message}`;
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  return item;
}

function unsortedItem(folder: FolderOutline, documents: UnsortedDocument[]): vscode.TreeItem {
  const item = new vscode.TreeItem('Unknown type', vscode.TreeItemCollapsibleState.Expanded);
  item.id = `${folder.uri}#unsorted`;
  item.description = `${plural(documents.length, 'document')} with a type that is none of the 12 kinds`;
  item.iconPath = new vscode.ThemeIcon('question', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  return item;
}

function documentItem(document: UnsortedDocument): vscode.TreeItem {
  const uri = vscode.Uri.parse(document.uri);
  const item = new vscode.TreeItem(uri);
  item.id = `unsorted#${document.uri}`;
  item.description = describeProblems(document.problems);
  item.iconPath = vscode.ThemeIcon.File;
  item.command = revealCommand({ uri: document.uri });
  item.contextValue = 'idstudio.document';
  return item;
}

function tooltipOf(item: ItemLocation): vscode.MarkdownString {
  const path = vscode.workspace.asRelativePath(vscode.Uri.parse(item.uri));
  return new vscode.MarkdownString(`**${item.id ?? item.kind}** (${item.kind})${item.title ? `\n\n${item.title}` : ''}\n\n${path}:${item.range.start.line + 1}`);
}

function revealCommand(target: Target): vscode.Command {
  return { command: REVEAL_ITEM_COMMAND, title: 'Open', arguments: [target] };
}

function problemColor(problems: ProblemCounts): vscode.ThemeColor | undefined {
  if (problems.errors) return new vscode.ThemeColor('problemsErrorIcon.foreground');
  if (problems.warnings) return new vscode.ThemeColor('problemsWarningIcon.foreground');
  return undefined;
}

/** "2 errors, 1 warning, 3 placeholders" (infos are left out: they do not hold a step back). */
export function describeProblems(problems: ProblemCounts): string {
  return [plural(problems.errors, 'error'), plural(problems.warnings, 'warning'), plural(problems.placeholders, 'placeholder')]
    .filter(text => !text.startsWith('0 ')).join(', ');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a node points at: a document, and the item's id and range when it is an item. */
export interface Target { uri: string; id?: string; range?: ItemLocation['range'] }

export function targetOf(node: DesignNode | undefined): Target | undefined {
  if (node?.type === 'item') return node.item;
  if (node?.type === 'link') return node.link;
  if (node?.type === 'document') return { uri: node.document.uri };
  if (node?.type === 'step' && node.step.documents.length) return { uri: node.step.documents[0] };
  return undefined;
}
