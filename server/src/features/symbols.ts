import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { stepOf, type Item, type Kind } from '../core';
import { itemSpan, itemTitle, unquotedSpan } from '../core/navigation';
import type { Feature } from './context';
import { answer, answerFor, rangeOf, scalarLocation, throwIfCancelled } from './support';

/** The icon each kind shows in outlines and symbol pickers. */
const SYMBOL_KINDS: Record<Kind, SymbolKind> = {
  goal: SymbolKind.Event, learners: SymbolKind.Class, resources: SymbolKind.Package, task: SymbolKind.Function,
  skill: SymbolKind.Method, objective: SymbolKind.Constant, assessment: SymbolKind.Boolean, activity: SymbolKind.Module,
  lesson: SymbolKind.File, implementation: SymbolKind.Interface, monitoring: SymbolKind.Object, evaluation: SymbolKind.Struct,
};

/** Most workspace symbols sent for one query. */
const WORKSPACE_SYMBOL_LIMIT = 500;

/** Document symbols: the outline of the items in a design document (id, title, kind). */
export const documentSymbols: Feature = {
  capabilities: { documentSymbolProvider: true },
  register(server) {
    server.connection.onDocumentSymbol(({ textDocument }) => answerFor(server, textDocument.uri, [], ({ document }) =>
      document.items.map((item): DocumentSymbol => {
        const span = item.index === undefined && document.frontMatter ? document.frontMatter : itemSpan(item);
        const title = itemTitle(item);
        return {
          name: item.id ?? title ?? item.kind,
          detail: item.id === undefined ? item.kind : title ?? item.kind,
          kind: SYMBOL_KINDS[item.kind],
          range: rangeOf(document, span),
          selectionRange: rangeOf(document, item.idSpan ? unquotedSpan(document.text, item.idSpan) : item.anchor),
        };
      })));
  },
};

/** Workspace symbols: every item of every design whose id or title matches the query loosely. */
export const workspaceSymbols: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(server) {
    server.connection.onWorkspaceSymbol(({ query }, token) => answer(server, [], () => {
      const matches: { score: number; symbol: SymbolInformation }[] = [];
      for (const design of server.workspace.designs()) {
        throwIfCancelled(token);
        for (const document of design.allDocuments()) {
          for (const item of document.items) {
            const name = symbolName(item);
            const score = fuzzyScore(query, name);
            if (score !== undefined) matches.push({ score, symbol: symbolOf(item, name) });
          }
        }
      }
      return matches.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name))
        .slice(0, WORKSPACE_SYMBOL_LIMIT).map(match => match.symbol);
    }, token));
  },
};

function symbolName(item: Item): string {
  const title = itemTitle(item);
  if (item.id === undefined) return title ?? item.kind;
  return title ? `${item.id} — ${title}` : item.id;
}

function symbolOf(item: Item, name: string): SymbolInformation {
  const step = stepOf(item.kind);
  const location = item.idSpan ? scalarLocation(item.document, item.idSpan) : { uri: item.document.uri, range: rangeOf(item.document, item.anchor) };
  return { name, kind: SYMBOL_KINDS[item.kind], location, containerName: `${item.kind} · step ${step.step}` };
}

/**
 * How well `name` matches `query`: the query's characters must appear in order (case-insensitive,
 * spaces ignored). Lower is better: a prefix beats a substring, which beats a scattered match.
 */
export function fuzzyScore(query: string, name: string): number | undefined {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const text = name.toLowerCase();
  if (wanted === '') return 0;
  if (text.startsWith(wanted)) return 0;
  const index = text.indexOf(wanted);
  if (index !== -1) return 1 + index / 1000;
  let at = 0;
  let gaps = 0;
  for (const char of wanted) {
    const found = text.indexOf(char, at);
    if (found === -1) return undefined;
    if (found !== at) gaps++;
    at = found + 1;
  }
  return 2 + gaps;
}
