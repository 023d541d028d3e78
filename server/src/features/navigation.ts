import type { DocumentLink, Location } from 'vscode-languageserver';
import type { Design } from '../core';
import type { Feature } from './context';
import { targetAt } from './locate';
import { answerFor, displayPath, scalarLocation } from './support';

/** Go to definition: from a reference (or an id) to where the id is defined. */
export const definition: Feature = {
  capabilities: { definitionProvider: true },
  register(server) {
    server.connection.onDefinition(({ textDocument, position }) => answerFor(server, textDocument.uri, null, ({ design, document }) => {
      const target = targetAt(document, document.lines.offsetAt(position));
      return target ? definitionsOf(design, target.id) : null;
    }, undefined, 'partial'));
  },
};

/** Find all references: every reference to the id under the cursor, and its definitions on request. */
export const references: Feature = {
  capabilities: { referencesProvider: true },
  register(server) {
    server.connection.onReferences(({ textDocument, position, context }, token) => answerFor(server, textDocument.uri, [], ({ design, document }) => {
      const target = targetAt(document, document.lines.offsetAt(position));
      if (!target) return [];
      const uses = referencesTo(design, target.id);
      return context.includeDeclaration ? [...definitionsOf(design, target.id), ...uses] : uses;
    }, token));
  },
};

/** Document links: each reference opens the file that defines its id, at the id's line. */
export const documentLinks: Feature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register(server) {
    server.connection.onDocumentLinks(({ textDocument }) => answerFor(server, textDocument.uri, [], ({ design, document }) => {
      const links: DocumentLink[] = [];
      for (const reference of document.items.flatMap(item => item.references)) {
        const target = design.definitionsOf(reference.id).find(item => item.kind === reference.expected)
          ?? design.definitionsOf(reference.id)[0];
        if (!target) continue;
        const line = target.document.lines.positionAt(target.anchor.start).line + 1;
        links.push({
          range: scalarLocation(document, reference.span).range,
          target: `${target.document.uri}#L${line}`,
          tooltip: `Open ${target.kind} ${reference.id} (${displayPath(server, target.document.uri)}:${line})`,
        });
      }
      return links;
    }));
  },
};

export function definitionsOf(design: Design, id: string): Location[] {
  return design.definitionsOf(id).filter(item => item.idSpan).map(item => scalarLocation(item.document, item.idSpan!));
}

export function referencesTo(design: Design, id: string): Location[] {
  return design.referrersOf(id).map(reference => scalarLocation(reference.item.document, reference.span)).sort(byPlace);
}

function byPlace(a: Location, b: Location): number {
  return a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
