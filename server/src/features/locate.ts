/** What sits at a position of a design document: an id, a reference, a key, a value being typed. */
import { locateFrontMatter, type DesignDocument, type Item, type Reference, type Span, type YamlEntry } from '../core';
import { itemAt, unquotedSpan } from '../core/navigation';

export type Target =
  | { type: 'id'; id: string; span: Span; item: Item }
  | { type: 'reference'; id: string; span: Span; reference: Reference };

const contains = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** The item id or the reference at an offset (the cursor may sit right after it). */
export function targetAt(document: DesignDocument, offset: number): Target | undefined {
  for (const item of document.items) {
    if (item.id !== undefined && item.idSpan && contains(item.idSpan, offset)) {
      return { type: 'id', id: item.id, span: unquotedSpan(document.text, item.idSpan), item };
    }
    const reference = item.references.find(candidate => contains(candidate.span, offset));
    if (reference) return { type: 'reference', id: reference.id, span: unquotedSpan(document.text, reference.span), reference };
  }
  return undefined;
}

/** The entry whose key is at the offset, and the item it belongs to (undefined for `type:`). */
export function keyAt(document: DesignDocument, offset: number): { entry: YamlEntry; item: Item | undefined } | undefined {
  const typeEntry = document.typeEntry;
  if (typeEntry && (contains(typeEntry.keySpan, offset) || (typeEntry.value && contains(typeEntry.value.span, offset)))) {
    return { entry: typeEntry, item: undefined };
  }
  const item = itemAt(document, offset);
  const entry = item?.entries.find(candidate => contains(candidate.keySpan, offset));
  return entry ? { entry, item } : undefined;
}

/**
 * Where the cursor is in the front matter, read from the text alone so that it works while the YAML is
 * half typed. `path` lists the keys from the root to the map or list the cursor is in, `-` standing for a
 * list entry: `[]` at the top level, `['items', '-']` in an entry of `items:`, `['skills', '-']` in a block
 * list of skills.
 */
export interface YamlContext {
  path: string[];
  /** `key` when the cursor is typing a key, `value` after `key:`, `entry` after a list dash. */
  position: 'key' | 'value' | 'entry';
  /** The key of the current line, for a value. */
  key?: string;
  /** Whether the value is inside a `[...]` flow list. */
  inFlowList: boolean;
  /** The word under the cursor, which a completion replaces. */
  word: Span;
  /** The cursor line and the column its keys sit at (for sibling keys). */
  line: number;
  column: number;
}

interface LineShape { indent: number; dashed: boolean; column: number; key?: string; value?: string; comment: boolean }

const LINE = /^( *)((?:- +)*)(.*)$/;
const KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*)|$)/;
const WORD_CHAR = /[\w.-]/;

function shapeOf(line: string): LineShape {
  const [, spaces, dashes, rest] = LINE.exec(line.replace(/\r$/, ''))!;
  const key = KEY.exec(rest);
  return {
    indent: spaces.length, dashed: dashes.length > 0, column: spaces.length + dashes.length,
    key: key?.[1], value: key ? (key[2] ?? '').replace(/(^|\s)#.*$/, '').trim() : undefined,
    comment: rest.startsWith('#') || rest.trim() === '',
  };
}

/** The front matter lines (first and last line index of its content), also while the closing fence is missing. */
export function frontMatterLines(text: string, lines: string[]): { first: number; last: number } | undefined {
  const located = locateFrontMatter(text);
  if (located === undefined) return undefined;
  if (located === 'unterminated') return { first: 1, last: lines.length - 1 };
  const closing = text.slice(0, located.content.end).split('\n').length - 1;
  return { first: 1, last: closing - 1 };
}

export function yamlContextAt(text: string, offset: number): YamlContext | undefined {
  const lines = text.split('\n');
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const region = frontMatterLines(text, lines);
  if (!region || line < region.first || line > region.last) return undefined;
  const lineStart = before.lastIndexOf('\n') + 1;
  const typed = text.slice(lineStart, offset);
  if (/(^|\s)#/.test(typed)) return undefined;
  const shape = shapeOf(typed);
  const word = wordAround(text, offset);
  const rest = typed.slice(shape.column);
  let context: Pick<YamlContext, 'position' | 'key' | 'inFlowList'>;
  if (shape.key !== undefined && rest.length > shape.key.length) {
    const value = rest.slice(rest.indexOf(':') + 1);
    const inFlowList = /^\s*\[[^\]]*$/.test(value);
    if (!inFlowList && !/^\s*[\w.-]*$/.test(value)) return undefined;
    context = { position: 'value', key: shape.key, inFlowList };
  } else if (/^[\w.-]*$/.test(rest)) {
    context = { position: shape.dashed ? 'entry' : 'key', inFlowList: false };
  } else {
    return undefined;
  }
  const path = parentPath(lines, line, shape, region.first);
  return path && { ...context, path, word, line, column: shape.column };
}

/** The keys above a line, from the root; undefined when the line continues a text value (not YAML structure). */
function parentPath(lines: string[], line: number, shape: LineShape, first: number): string[] | undefined {
  const path: string[] = shape.dashed ? ['-'] : [];
  let column = shape.dashed ? shape.indent : shape.column;
  for (let index = line - 1; index >= first && (column > 0 || path[0] === '-'); index--) {
    const above = shapeOf(lines[index]);
    if (above.comment) continue;
    if (above.dashed && above.indent < column && above.column <= column) {
      // An entry of a list: we are in its map (same column) or under the key it opens.
      if (above.column < column) {
        if (above.key === undefined || above.value) return undefined;
        path.unshift(above.key);
      }
      path.unshift('-');
      column = above.indent;
    } else if (!above.dashed && above.key !== undefined && (above.indent < column || (above.indent === column && path[0] === '-'))) {
      if (above.value) return undefined;
      path.unshift(above.key);
      column = above.indent;
    } else if (above.indent < column) {
      return undefined;
    }
  }
  return path;
}

/** The id-like word around the offset. */
function wordAround(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && WORD_CHAR.test(text.charAt(end))) end++;
  return { start, end };
}

/** The keys of the map the cursor line is in (its siblings), so completion does not offer them again. */
export function siblingKeys(text: string, context: YamlContext): Set<string> {
  const lines = text.split('\n');
  const region = frontMatterLines(text, lines)!;
  const keys = new Set<string>();
  const { column } = context;
  const cursorShape = shapeOf(lines[context.line]);
  if (cursorShape.dashed) return keys;
  for (let index = context.line - 1; index >= region.first; index--) {
    const shape = shapeOf(lines[index]);
    if (shape.comment || shape.indent > column) continue;
    if (shape.column === column && shape.key) keys.add(shape.key);
    if (shape.indent < column) break;
  }
  for (let index = context.line + 1; index <= region.last; index++) {
    const shape = shapeOf(lines[index]);
    if (shape.comment || shape.indent > column) continue;
    if (shape.indent < column) break;
    if (!shape.dashed && shape.key) keys.add(shape.key);
  }
  return keys;
}
