import type { Command, Diagnostic } from 'vscode-languageserver';
import type { Item, Span } from '../core';
import { itemAt } from '../core/navigation';
import type { EditCollector, RequestContext } from './support';

/** What a quick fix knows: the document, its design, the diagnostic and the facts its finding carries. */
export interface FixContext extends RequestContext {
  diagnostic: Diagnostic;
  data: Record<string, unknown>;
  /** The diagnostic's range as offsets. */
  span: Span;
}

/** A quick fix: an edit, or a command (open the item to change). */
export type Fix = { title: string; preferred?: boolean } & ({ edit: EditCollector; command?: never } | { command: Command; edit?: never });

/** The item a whole-item finding is about: the one anchored at the diagnostic, else the one around it. */
export function itemOfFinding(context: FixContext): Item | undefined {
  const id = context.data.id;
  return context.document.items.find(item => typeof id === 'string' && item.id === id)
    ?? context.document.items.find(item => item.anchor.start === context.span.start)
    ?? itemAt(context.document, context.span.start);
}
