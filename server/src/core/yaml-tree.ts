import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlAstNode } from 'yaml';
import type { Span } from './types';

/**
 * A small, position-carrying view of the front matter YAML. Aliases are kept as opaque nodes and never
 * expanded, so an alias bomb ("billion laughs") costs nothing.
 */
export type YamlNode =
  | { type: 'scalar'; span: Span; value: string | number | boolean | null }
  | { type: 'seq'; span: Span; items: YamlNode[] }
  | { type: 'map'; span: Span; entries: YamlEntry[] }
  | { type: 'alias'; span: Span };

export interface YamlEntry {
  key: string;
  keySpan: Span;
  /** Undefined for an empty value (`key:` with nothing after it). */
  value: YamlNode | undefined;
}

export interface YamlSyntaxError { message: string; span: Span }

export interface ParsedYaml { root: YamlNode | undefined; errors: YamlSyntaxError[] }

/** Parses front matter text; every span is shifted by `base` so it is an offset into the whole document. */
export function parseYaml(source: string, base: number): ParsedYaml {
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, strict: false });
  const errors = document.errors.map(error => ({
    message: error.message.split('\n')[0],
    span: insideSource(source, error.pos[0], Math.max(error.pos[1], error.pos[0]), base),
  }));
  const root = document.contents ? convert(document.contents as YamlAstNode, base) : undefined;
  return { root, errors };
}

/** Keeps an error span inside the front matter; one reported at the end of input goes to the last line. */
function insideSource(source: string, start: number, end: number, base: number): Span {
  const content = source.replace(/\s+$/, '');
  if (start < content.length) return { start: base + start, end: base + Math.min(end, source.length) };
  const lastLineStart = content.lastIndexOf('\n') + 1;
  return { start: base + lastLineStart, end: base + content.length };
}

/**
 * The nodes keep the offsets of their span and make the span object when asked: a design of 100,000 items
 * holds millions of nodes, and a span object each was a quarter of the server's memory.
 */
abstract class Spanned {
  constructor(readonly start: number, readonly end: number) {}

  get span(): Span {
    return { start: this.start, end: this.end };
  }
}

class Scalar extends Spanned {
  readonly type = 'scalar';
  constructor(start: number, end: number, readonly value: string | number | boolean | null) { super(start, end); }
}

class Sequence extends Spanned {
  readonly type = 'seq';
  constructor(start: number, end: number, readonly items: YamlNode[]) { super(start, end); }
}

class Mapping extends Spanned {
  readonly type = 'map';
  constructor(start: number, end: number, readonly entries: YamlEntry[]) { super(start, end); }
}

class Alias extends Spanned {
  readonly type = 'alias';
}

class Entry implements YamlEntry {
  constructor(readonly key: string, private readonly keyStart: number, private readonly keyEnd: number, readonly value: YamlNode | undefined) {}

  get keySpan(): Span {
    return { start: this.keyStart, end: this.keyEnd };
  }
}

function rangeOf(node: YamlAstNode, base: number): [number, number] {
  const [start, valueEnd] = node.range ?? [0, 0];
  return [base + start, base + valueEnd];
}

/** Lists are built with `map` so they are allocated at their exact length (a `push`ed list keeps spare room). */
function convert(node: YamlAstNode, base: number): YamlNode {
  const [start, end] = rangeOf(node, base);
  if (isScalar(node)) {
    const value = node.value;
    const plain = value === null || ['string', 'number', 'boolean'].includes(typeof value);
    return new Scalar(start, end, plain ? (value as string | number | boolean | null) : String(value));
  }
  if (isSeq(node)) {
    return new Sequence(start, end, node.items.map(item => convert(item as YamlAstNode, base)));
  }
  if (isMap(node)) {
    const pairs = node.items.filter(pair => isPair(pair) && isScalar(pair.key));
    return new Mapping(start, end, pairs.map(pair => {
      const [keyStart, keyEnd] = rangeOf(pair.key as YamlAstNode, base);
      return new Entry(String((pair.key as { value: unknown }).value), keyStart, keyEnd, pair.value ? convert(pair.value as YamlAstNode, base) : undefined);
    }));
  }
  // Aliases (and anything exotic) stay opaque: expanding them is what makes alias bombs explode.
  return new Alias(start, end);
}

export function entryOf(map: YamlNode | undefined, key: string): YamlEntry | undefined {
  return map?.type === 'map' ? map.entries.find(entry => entry.key === key) : undefined;
}

/** The text of a scalar value, or undefined for anything else (maps, lists, empty). */
export function scalarText(node: YamlNode | undefined): string | undefined {
  if (node?.type !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}
