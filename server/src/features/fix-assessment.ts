/** The fix for `objective-not-assessed`: an assessment of the objective, in the step 7 collection or a new file. */
import { URI, Utils } from 'vscode-uri';
import type { Design, DesignDocument, Item } from '../core';
import { itemSpan, itemTitle, uniqueId } from '../core/navigation';
import { itemOfFinding, type Fix, type FixContext } from './fix-context';
import { EditCollector, lineBreakOf, startOfNextLine, yamlScalar } from './support';

const NEW_FILE_NAME = 'assessments';

export async function assessmentFix(context: FixContext): Promise<Fix[]> {
  const objective = itemOfFinding(context);
  if (objective?.kind !== 'objective' || objective.id === undefined) return [];
  const collection = collections(context.design, context.document.uri)[0];
  const fix = collection ? appendTo(context, collection, objective) : await newFile(context, objective);
  return fix ? [fix] : [];
}

/** Where an `items:` entry goes in a collection: after its last entry, with its dash and key columns. */
interface Collection { document: DesignDocument; at: number; dashColumn: number; keyColumn: number }

/** Assessment documents whose items form a block `items:` list, those next to the objective first. */
function collections(design: Design, objectiveUri: string): Collection[] {
  const folder = Utils.dirname(URI.parse(objectiveUri)).toString();
  const found: Collection[] = [];
  for (const document of design.allDocuments()) {
    const items = document.kind === 'assessment' ? document.items.filter(item => item.index !== undefined && item.entries.length > 0) : [];
    if (items.length === 0) continue;
    const firstKey = items[0].entries[0].keySpan.start;
    const lead = document.text.slice(document.text.lastIndexOf('\n', firstKey - 1) + 1, firstKey);
    if (!/^ *- +$/.test(lead)) continue;
    found.push({
      document, dashColumn: lead.indexOf('-'), keyColumn: lead.length,
      at: startOfNextLine(document, itemSpan(items[items.length - 1]).end),
    });
  }
  const nearness = (collection: Collection) => Utils.dirname(URI.parse(collection.document.uri)).toString() === folder ? 0 : 1;
  return found.sort((a, b) => nearness(a) - nearness(b) || a.document.uri.localeCompare(b.document.uri));
}

function appendTo(context: FixContext, collection: Collection, objective: Item): Fix {
  const { document } = collection;
  const id = uniqueId(context.design, 'assessment', document);
  const entry = assessmentEntry(id, objective, collection.dashColumn, collection.keyColumn, lineBreakOf(document));
  return {
    title: `Add an assessment of "${objective.id}" to ${Utils.basename(URI.parse(document.uri))}`,
    edit: new EditCollector(context.server).insert(document, collection.at, entry),
    preferred: true,
  };
}

async function newFile(context: FixContext, objective: Item): Promise<Fix | undefined> {
  const uri = await freeUri(context, context.document.uri);
  if (!uri) return undefined;
  const id = uniqueId(context.design, 'assessment');
  const lineBreak = lineBreakOf(context.document);
  const text = ['---', 'type: assessment', 'items:', ''].join(lineBreak)
    + assessmentEntry(id, objective, 2, 4, lineBreak) + `---${lineBreak}`;
  const edit = new EditCollector(context.server).createFile(uri, text);
  if (!edit.build()) return undefined;
  return { title: `Create ${Utils.basename(URI.parse(uri))} with an assessment of "${objective.id}" (step 7)`, edit, preferred: true };
}

/** `assessments.md` next to the objective, or `assessments-2.md`... when that name is taken. */
async function freeUri({ design, server }: FixContext, objectiveUri: string): Promise<string | undefined> {
  const objectiveFile = URI.parse(objectiveUri);
  // An unsaved document has no folder to create a file in.
  if (objectiveFile.scheme === 'untitled') return undefined;
  const folder = Utils.dirname(objectiveFile);
  for (let attempt = 1; attempt < 100; attempt++) {
    const candidate = Utils.joinPath(folder, `${NEW_FILE_NAME}${attempt === 1 ? '' : `-${attempt}`}.md`);
    if (!design.get(candidate.toString()) && !await server.host.exists(candidate.toString())) return candidate.toString();
  }
  return undefined;
}

function assessmentEntry(id: string, objective: Item, dashColumn: number, keyColumn: number, lineBreak: string): string {
  const indent = ' '.repeat(keyColumn);
  return [
    `${' '.repeat(dashColumn)}-${' '.repeat(keyColumn - dashColumn - 1)}id: ${id}`,
    `${indent}title: ${yamlScalar(`Assessment of ${itemTitle(objective) ?? objective.id}`)}`,
    `${indent}method:`,
    `${indent}objectives: [${objective.id}]`,
    '',
  ].join(lineBreak);
}
