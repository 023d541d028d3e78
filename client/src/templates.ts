import * as vscode from 'vscode';
import { PHASES, stepOf, type Kind } from '../../server/src/core/kinds';
import type { DesignOutline } from '../../server/src/protocol';
import { bodyOf, indentItem, isDocumentOf, itemsListEnd, withFreshIds, type Snippet } from './template-text';

/**
 * Templates for new design documents and items. They are the extension's own snippets (read from the
 * snippet file the manifest contributes), so the templates and the snippets never drift apart.
 */

export class Templates {
  private constructor(private readonly snippets: Snippet[]) {}

  static async load(extension: vscode.Extension<unknown>): Promise<Templates> {
    const contributed = (extension.packageJSON as { contributes?: { snippets?: { path: string }[] } }).contributes?.snippets ?? [];
    const snippets: Snippet[] = [];
    for (const { path } of contributed) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, path));
      snippets.push(...Object.values(JSON.parse(new TextDecoder().decode(bytes)) as Record<string, Snippet>));
    }
    return new Templates(snippets);
  }

  /** The step's document template: the snippet whose front matter says `type: <kind>`. */
  document(kind: Kind): string {
    const found = this.snippets.map(bodyOf).find(body => isDocumentOf(body, kind));
    if (!found) throw new Error(`No document template for step ${stepOf(kind).step} (${kind}).`);
    return found;
  }

  /** The template of one more entry of an `items:` list, if the kind has one (snippet prefix `item-<kind>`). */
  item(kind: Kind): string | undefined {
    const found = this.snippets.find(snippet => [snippet.prefix].flat().includes(`item-${kind}`));
    return found && bodyOf(found);
  }
}

/** Where new documents of a step go: beside the step's documents, else its phase's, else in `<n>-<phase>/`. */
export function folderForStep(root: vscode.Uri, outline: DesignOutline | undefined, kind: Kind): vscode.Uri {
  const { phase } = stepOf(kind);
  const steps = outline?.phases.find(entry => entry.phase === phase)?.steps ?? [];
  const besides = [...steps.filter(step => step.kind === kind), ...steps].flatMap(step => step.documents)[0];
  if (besides) return vscode.Uri.joinPath(vscode.Uri.parse(besides), '..');
  return vscode.Uri.joinPath(root, `${PHASES.indexOf(phase) + 1}-${phase.toLowerCase()}`);
}

/** `06-objective.md`, or with `suffix` `06-objective-2.md`. */
export function stepFile(folder: vscode.Uri, kind: Kind, suffix = ''): vscode.Uri {
  return vscode.Uri.joinPath(folder, `${String(stepOf(kind).step).padStart(2, '0')}-${kind}${suffix}.md`);
}

/** The step's file name in `folder`, numbered `-2`, `-3`... when it is taken. */
export async function freeStepFile(folder: vscode.Uri, kind: Kind): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = stepFile(folder, kind, n === 1 ? '' : `-${n}`);
    if (!(await exists(candidate))) return candidate;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Creates a document from a step's template, opens it and leaves the cursor on the first tab stop. */
export async function createFromTemplate(file: vscode.Uri, template: string): Promise<vscode.TextEditor> {
  await vscode.workspace.fs.writeFile(file, new Uint8Array());
  const editor = await vscode.window.showTextDocument(file);
  await editor.insertSnippet(new vscode.SnippetString(template), new vscode.Position(0, 0));
  await editor.document.save();
  return editor;
}

/** Appends one more item of a kind: into the first of `documents` with an `items:` list, else as a new document. */
export async function addItem(templates: Templates, kind: Kind, documents: readonly string[], takenIds: readonly string[],
  newDocument: () => Promise<unknown>): Promise<void> {
  const template = templates.item(kind);
  const item = template && withFreshIds([template], takenIds)[0];
  for (const uri of item ? documents : []) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const end = itemsListEnd(document.getText());
    if (!end) continue;
    const editor = await vscode.window.showTextDocument(document);
    const snippet = new vscode.SnippetString(indentItem(item!, end.indent));
    await editor.insertSnippet(snippet, new vscode.Position(end.line, 0), { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
    return;
  }
  await newDocument();
}
