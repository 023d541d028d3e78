import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { DesignDocument, Span } from '../core';
import { unquotedSpan } from '../core/navigation';
import type { Feature } from './context';
import { answerFor } from './support';

/** Ids are `variable` tokens: `declaration` where defined, `readonly` always (an id never changes in place). */
export const LEGEND: SemanticTokensLegend = { tokenTypes: ['variable'], tokenModifiers: ['declaration', 'readonly'] };
const VARIABLE = 0;
const DECLARATION = 1 << 0;
const READONLY = 1 << 1;

/** Semantic highlighting of item ids and references in the front matter. */
export const semanticTokens: Feature = {
  capabilities: { semanticTokensProvider: { legend: LEGEND, full: true } },
  register(server) {
    server.connection.languages.semanticTokens.on(({ textDocument }) => answerFor(server, textDocument.uri, { data: [] },
      ({ document }) => tokensOf(document)));
  },
};

function tokensOf(document: DesignDocument) {
  const tokens: { span: Span; modifiers: number }[] = [];
  for (const item of document.items) {
    if (item.idSpan) tokens.push({ span: item.idSpan, modifiers: DECLARATION | READONLY });
    for (const reference of item.references) tokens.push({ span: reference.span, modifiers: READONLY });
  }
  const builder = new SemanticTokensBuilder();
  for (const { span, modifiers } of tokens.sort((a, b) => a.span.start - b.span.start)) {
    const { start, end } = document.lines.rangeOf(unquotedSpan(document.text, span));
    if (start.line === end.line && end.character > start.character) {
      builder.push(start.line, start.character, end.character - start.character, VARIABLE, modifiers);
    }
  }
  return builder.build();
}
