/** Model helpers for editor features: where items sit, what to call them, and fresh ids. */
import { fieldOf, type DesignDocument, type Item } from './document';
import { ID_PATTERN, type Kind } from './kinds';
import { suggestedPrefix } from './rules/missing-id';
import type { Span } from './types';
import { scalarText } from './yaml-tree';

/** Where an item's fields sit: from its first key to the end of its last value (its anchor when it has none). */
export function itemSpan(item: Item): Span {
  if (item.entries.length === 0) return item.anchor;
  const last = item.entries[item.entries.length - 1];
  return { start: item.entries[0].keySpan.start, end: last.value?.span.end ?? last.keySpan.end };
}

/** The item whose fields contain the offset (the innermost `items:` entry, else the single item). */
export function itemAt(document: DesignDocument, offset: number): Item | undefined {
  return document.items.find(item => {
    const span = itemSpan(item);
    return span.start <= offset && offset <= span.end;
  });
}

/** A short human label: the title, else the statement, else undefined. */
export function itemTitle(item: Item): string | undefined {
  for (const key of ['title', 'statement', 'goal', 'description']) {
    const text = scalarText(fieldOf(item, key)?.value)?.trim();
    if (text) return text.replace(/\s+/g, ' ');
  }
  return undefined;
}

/** The span of a scalar without its quotes: what an id really is in `id: "OBJ-1"`. */
export function unquotedSpan(text: string, span: Span): Span {
  const first = text.charAt(span.start);
  if (span.end - span.start >= 2 && (first === '"' || first === "'") && text.charAt(span.end - 1) === first) {
    return { start: span.start + 1, end: span.end - 1 };
  }
  return span;
}

/** What a design can tell about ids: which exist, and which exist for a kind. */
export interface IdIndex {
  definitionsOf(id: string): readonly Item[];
  idsOfKind(kind: Kind): Iterable<string>;
}

const NUMBERED_ID = /^(.*?)(\d+)$/;

/**
 * A new id for an item of `kind` that no item of the design uses. It follows the numbering of the ids
 * already there, those of `near` (the document it goes into) first: OBJ-HH-3 after OBJ-HH-1 and OBJ-HH-2;
 * with none, the kind's default prefix (OBJ-1, SK-1, ...).
 */
export function uniqueId(design: IdIndex, kind: Kind, near?: DesignDocument): string {
  const nearIds = (near?.items ?? []).filter(item => item.kind === kind).map(item => item.id ?? '');
  const prefix = commonestPrefix(nearIds) ?? commonestPrefix([...design.idsOfKind(kind)]) ?? `${suggestedPrefix(kind)}-`;
  let number = 1;
  for (const id of design.idsOfKind(kind)) {
    const match = NUMBERED_ID.exec(id);
    if (match && match[1] === prefix) number = Math.max(number, Number(match[2]) + 1);
  }
  while (design.definitionsOf(`${prefix}${number}`).length > 0) number++;
  return `${prefix}${number}`;
}

/** The prefix most numbered ids share ("OBJ-HH-" for OBJ-HH-1, OBJ-HH-2, OBJ-PPE-1). */
function commonestPrefix(ids: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const match = NUMBERED_ID.exec(id);
    if (match && ID_PATTERN.test(`${match[1]}1`)) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [prefix, count] of counts) if (best === undefined || count > counts.get(best)!) best = prefix;
  return best;
}
