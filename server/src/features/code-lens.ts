import type { CodeLens, Location } from 'vscode-languageserver';
import type { Design, Item, Kind } from '../core';
import type { Feature } from './context';
import { answerFor, scalarLocation } from './support';

/** What each lens counts: the items of a kind whose `objectives:` list the objective. */
const COUNTS: readonly { kind: Kind; title: (count: number) => string }[] = [
  { kind: 'assessment', title: count => `assessed by ${count} ${count === 1 ? 'assessment' : 'assessments'}` },
  { kind: 'activity', title: count => `practised in ${count} ${count === 1 ? 'activity' : 'activities'}` },
  { kind: 'lesson', title: count => `taught in ${count} ${count === 1 ? 'lesson' : 'lessons'}` },
];

/** VS Code's command that opens the references peek at a position with the given locations. */
export const SHOW_REFERENCES = 'editor.action.showReferences';

/** Code lenses on objectives: how many assessments, activities and lessons use each, clickable to list them. */
export const codeLens: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(server) {
    server.connection.onCodeLens(({ textDocument }, token) => answerFor(server, textDocument.uri, [], ({ design, document }) => {
      if (document.kind !== 'objective') return [];
      return document.items.filter(item => item.id !== undefined && item.idSpan).flatMap(item => lensesOf(design, item));
    }, token));
  },
};

function lensesOf(design: Design, objective: Item): CodeLens[] {
  const { range, uri } = scalarLocation(objective.document, objective.idSpan!);
  return COUNTS.map(({ kind, title }) => {
    const locations: Location[] = design.referrersOf(objective.id!)
      .filter(reference => reference.field === 'objectives' && reference.item.kind === kind)
      .map(reference => scalarLocation(reference.item.document, reference.span));
    const label = title(locations.length);
    return {
      range,
      command: locations.length > 0
        ? { title: label, command: SHOW_REFERENCES, arguments: [uri, range.start, locations] }
        : { title: label, command: '' },
    };
  });
}
