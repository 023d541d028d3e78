import { isKind, stepOf, type Kind } from './kinds';
import { bodySuppressionsOf } from './directives';
import { nearKind } from './scope';
import { LineIndex, ownCopy } from './text';
import type { Span } from './types';
import { entryOf, parseYaml, scalarText, type YamlEntry, type YamlNode } from './yaml-tree';

/** A problem found while reading or parsing a document, before any rule runs. */
export interface ParseProblem {
  code: 'front-matter-syntax' | 'unknown-type' | 'file-skipped';
  message: string;
  span: Span;
  /** Facts for quick fixes (the kind a near-miss type meant). */
  data?: Record<string, unknown>;
}

export interface Reference {
  /** The reference field (`skills`, `objectives`, ...). */
  field: string;
  id: string;
  span: Span;
  expected: Kind;
  item: Item;
}

export interface Item {
  document: DesignDocument;
  kind: Kind;
  /** Position in an `items:` list; undefined for a single-item document. */
  index: number | undefined;
  id: string | undefined;
  idSpan: Span | undefined;
  /** Where problems of the whole item are reported: the id value, else the `type:` line or list entry. */
  anchor: Span;
  entries: YamlEntry[];
  references: Reference[];
}

export interface DesignDocument {
  uri: string;
  /**
   * The text up to the end of the front matter's closing fence: all that rules and features read (the body
   * of a design of 100,000 items is most of its memory). Offsets and positions inside it are those of the
   * whole document. The whole text when the front matter is never closed; empty without front matter.
   */
  text: string;
  /** The rule codes of each `<!-- idstudio-disable CODE -->` comment in the body (an empty list: every rule). */
  bodySuppressions: string[][];
  lines: LineIndex;
  /** True when the front matter's `type:` is one of the 12 kinds: only design documents get diagnostics. */
  isDesign: boolean;
  /**
   * The kind a `type:` nearly spells (`objectiv`, `Objectives`), or the kind of a file that could not be
   * read as text: such a document is checked only inside a design (contract v2), so a documentation site
   * whose pages say `type: docs` or hold a Latin-1 file gets nothing.
   */
  onlyInDesign: boolean;
  kind: Kind | undefined;
  /** The `type:` key and value. */
  typeEntry: YamlEntry | undefined;
  /** Span of the YAML between the fences. */
  frontMatter: Span | undefined;
  problems: ParseProblem[];
  items: Item[];
  /**
   * Ids that a broken front matter appears to define (its `id:` lines) but that could not be read as items:
   * references to them are not reported as unknown while the YAML is broken (one error, not a cascade).
   */
  unreadIds: string[];
}

const OPENING_FENCE = /^\uFEFF?---[ \t]*\r?$/;
const CLOSING_FENCE = /^---[ \t]*\r?$/;
/** The `type:` line of front matter the YAML parser could not read: its plain or quoted value. */
const TYPE_LINE = /^type[ \t]*:[ \t]*(["']?)([^"'#\r\n]*)\1/m;

/**
 * Locates YAML front matter the way remark-frontmatter does: a `---` line at the very top and the next
 * `---` line. Returns the content span, or `unterminated` when the closing fence is missing.
 */
export function locateFrontMatter(text: string): { content: Span; end: number } | 'unterminated' | undefined {
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || !OPENING_FENCE.test(text.slice(0, firstBreak))) return undefined;
  let lineStart = firstBreak + 1;
  while (lineStart <= text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (CLOSING_FENCE.test(line)) {
      return { content: { start: firstBreak + 1, end: lineStart }, end: lineEnd === -1 ? text.length : lineEnd + 1 };
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  return 'unterminated';
}

export function parseDocument(uri: string, text: string): DesignDocument {
  const located = locateFrontMatter(text);
  const kept = located === undefined ? '' : located === 'unterminated' ? text : ownCopy(text.slice(0, located.end));
  const document: DesignDocument = {
    uri, text: kept, bodySuppressions: bodySuppressionsOf(text, located === undefined || located === 'unterminated' ? 0 : located.end),
    lines: new LineIndex(kept), isDesign: false, onlyInDesign: false, kind: undefined, typeEntry: undefined, frontMatter: undefined, problems: [], items: [], unreadIds: [],
  };
  if (located === undefined) return document;
  if (located === 'unterminated') {
    if (claimTypeLine(document, text)) {
      const firstLine = document.lines.lineSpan(0);
      document.problems.push({
        code: 'front-matter-syntax', span: firstLine,
        message: 'The front matter is never closed: add a "---" line after the last YAML field.',
      });
      noteUnreadIds(document, text);
    }
    return document;
  }
  document.frontMatter = located.content;
  const source = kept.slice(located.content.start, located.content.end);
  const yaml = parseYaml(source, located.content.start);
  for (const error of yaml.errors) {
    document.problems.push({ code: 'front-matter-syntax', span: error.span, message: `Invalid YAML: ${error.message}` });
  }
  readDesign(document, yaml.root, yaml.errors.length > 0 ? source : undefined);
  if (yaml.errors.length > 0 && document.isDesign) noteUnreadIds(document, source);
  return document;
}

const ID_LINE = /^[ \t]*(?:-[ \t]+)?id[ \t]*:[ \t]*["']?([^\s"'#,[\]{}]+)/gm;
const LISTED_UNREAD_IDS = 5;

/**
 * Records the ids the broken front matter seems to define and could not read, and says in its first
 * syntax error that references to them are not reported until it is fixed.
 */
function noteUnreadIds(document: DesignDocument, source: string): void {
  const read = new Set(document.items.map(item => item.id));
  document.unreadIds = [...new Set([...source.matchAll(ID_LINE)].map(match => match[1]))].filter(id => !read.has(id));
  const first = document.problems.find(problem => problem.code === 'front-matter-syntax');
  if (!first || document.unreadIds.length === 0) return;
  const listed = document.unreadIds.slice(0, LISTED_UNREAD_IDS).map(id => `"${id}"`).join(', ');
  const more = document.unreadIds.length > LISTED_UNREAD_IDS ? ` and ${document.unreadIds.length - LISTED_UNREAD_IDS} more` : '';
  first.message = `${first.message.replace(/\.?$/, '.')} Until it is fixed, the ids defined here (${listed}${more}) cannot be read, so references to them elsewhere are not reported.`;
}



/**
 * Front matter the YAML parser could not read is a design document when its `type:` line names a kind
 * (only inside a design when it nearly does); any other broken front matter belongs to another tool.
 */
function claimTypeLine(document: DesignDocument, source: string): boolean {
  const value = TYPE_LINE.exec(source)?.[2].trim();
  if (value === undefined) return false;
  document.isDesign = isKind(value);
  document.onlyInDesign = !document.isDesign && nearKind(value) !== undefined;
  return document.isDesign || document.onlyInDesign;
}

function readDesign(document: DesignDocument, root: YamlNode | undefined, brokenSource: string | undefined): void {
  const typeEntry = entryOf(root, 'type');
  if (!typeEntry) {
    if (brokenSource !== undefined) claimTypeLine(document, brokenSource);
    return;
  }
  const typeValue = scalarText(typeEntry.value);
  if (!isKind(typeValue)) {
    const meant = typeValue === undefined ? undefined : nearKind(typeValue);
    // Any other type belongs to another tool (Hugo's `docs`, Jekyll's `post`): not a design document.
    if (meant === undefined) return;
    document.onlyInDesign = true;
    document.typeEntry = typeEntry;
    document.problems.push({
      code: 'unknown-type', span: typeEntry.value!.span, data: { suggestions: [meant] },
      message: `The type "${typeValue}" is not one of the 12 kinds: did you mean "${meant}"? (goal, learners, resources, task, skill, objective, assessment, activity, lesson, implementation, monitoring, evaluation)`,
    });
    return;
  }
  document.isDesign = true;
  document.typeEntry = typeEntry;
  document.kind = typeValue;
  const list = entryOf(root, 'items');
  if (list?.value?.type === 'seq') {
    const items: Item[] = [];
    list.value.items.forEach((node, index) => {
      if (node.type === 'map') items.push(readItem(document, typeValue, node, index));
    });
    document.items = atExactLength(items);
  } else if (root?.type === 'map') {
    document.items = [readItem(document, typeValue, root, undefined)];
  }
}

/**
 * The same list, allocated at its length: a list grown by `push` keeps room for a dozen more entries, which
 * for the items and references of every document of a large design adds up to megabytes.
 */
function atExactLength<T>(list: T[]): T[] {
  return list.slice();
}

/**
 * An item keeps the nodes its spans come from and makes a span when asked: a design of 100,000 items holds
 * an item and a few references for each, and a span object each was megabytes.
 */
class ReadItem implements Item {
  references: Reference[] = [];
  readonly id: string | undefined;

  constructor(
    readonly document: DesignDocument, readonly kind: Kind, readonly index: number | undefined,
    private readonly idNode: YamlNode | undefined, private readonly map: YamlNode & { type: 'map' }, readonly entries: YamlEntry[],
  ) {
    this.id = scalarText(idNode);
  }

  get idSpan(): Span | undefined {
    return this.id === undefined ? undefined : this.idNode!.span;
  }

  get anchor(): Span {
    return this.idSpan ?? defaultAnchor(this.document, this.map, this.index);
  }
}

class ReadReference implements Reference {
  constructor(readonly field: string, readonly id: string, private readonly node: YamlNode, readonly expected: Kind, readonly item: Item) {}

  get span(): Span {
    return this.node.span;
  }
}

function readItem(document: DesignDocument, kind: Kind, map: YamlNode & { type: 'map' }, index: number | undefined): Item {
  const idEntry = map.entries.find(entry => entry.key === 'id');
  const item = new ReadItem(document, kind, index, idEntry?.value, map, map.entries);
  const referenceFields = stepOf(kind).references;
  const references: Reference[] = [];
  for (const entry of map.entries) {
    const expected = referenceFields[entry.key];
    if (expected) references.push(...readReferences(item, entry, expected));
  }
  item.references = atExactLength(references);
  return item;
}

/** A single-item document without id anchors on its `type:` line; a list entry on its first field. */
function defaultAnchor(document: DesignDocument, map: YamlNode & { type: 'map' }, index: number | undefined): Span {
  const entry = index === undefined ? document.typeEntry! : map.entries[0];
  if (!entry) return map.span;
  return { start: entry.keySpan.start, end: entry.value?.span.end ?? entry.keySpan.end };
}

function readReferences(item: Item, entry: YamlEntry, expected: Kind): Reference[] {
  const nodes = entry.value?.type === 'seq' ? entry.value.items : entry.value ? [entry.value] : [];
  const references: Reference[] = [];
  for (const node of nodes) {
    const id = scalarText(node);
    if (id !== undefined && id !== '') references.push(new ReadReference(entry.key, id, node, expected, item));
  }
  return references;
}

/**
 * A document the workspace could not read as text (binary, too large, not UTF-8): one clear diagnostic,
 * inside a design only (a documentation site's odd file is none of our business).
 */
export function skippedDocument(uri: string, reason: string): DesignDocument {
  const document = parseDocument(uri, '');
  document.onlyInDesign = true;
  document.problems.push({ code: 'file-skipped', span: { start: 0, end: 0 }, message: `Not checked: ${reason}` });
  return document;
}

export function fieldOf(item: Item, key: string): YamlEntry | undefined {
  return item.entries.find(entry => entry.key === key);
}
