import { fieldOf, type Item } from '../document';
import type { DesignDocument } from '../document';
import type { Span } from '../types';
import { scalarText } from '../yaml-tree';

/** The objective's statement text and where it sits, if it has one. */
export function statementOf(item: Item): { text: string; span: Span } | undefined {
  const entry = fieldOf(item, 'statement');
  const text = scalarText(entry?.value)?.trim();
  return text ? { text, span: entry!.value!.span } : undefined;
}

export function hasField(item: Item, key: string): boolean {
  const value = fieldOf(item, key)?.value;
  if (!value) return false;
  if (value.type === 'scalar') return value.value !== null && String(value.value).trim() !== '';
  return true;
}

/**
 * Where a part of the statement text sits in the document. A plain or quoted one-line statement holds the text
 * as it is; a folded one ("statement: >-") breaks it over lines, so the part's words are looked for with any
 * white space between them. Falls back to the whole statement.
 */
export function sourceSpanOf(document: DesignDocument, statement: { text: string; span: Span }, part: Span): Span {
  const source = document.text.slice(statement.span.start, statement.span.end);
  const direct = source.indexOf(statement.text);
  if (direct !== -1) return { start: statement.span.start + direct + part.start, end: statement.span.start + direct + part.end };
  const words = statement.text.slice(part.start, part.end).split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return statement.span;
  const before = wordCount(statement.text.slice(0, part.start));
  const pattern = new RegExp(words.join('\\s+(?:#[^\\n]*\\n\\s*)?'), 'g');
  // The occurrence after as many words as the text has before the part: the same place in the source.
  for (const match of source.matchAll(pattern)) {
    const wordsBefore = wordCount(source.slice(0, match.index));
    if (wordsBefore >= before) return { start: statement.span.start + match.index, end: statement.span.start + match.index + match[0].length };
  }
  return statement.span;
}

/**
 * Words with a letter or digit: the source has marks the text has not (a block scalar's ">-", quotes), and
 * both have dashes, which must count alike.
 */
function wordCount(text: string): number {
  return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "objective "OBJ-1"" or "this objective", for plain-text messages. */
export function objectiveLabel(item: Item): string {
  return item.id === undefined ? 'This objective' : `Objective "${item.id}"`;
}

/** A list of verbs as a message says it: "explain", "describe" or "summarize". */
export function quotedList(words: readonly string[]): string {
  const quoted = words.map(word => `"${word}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
