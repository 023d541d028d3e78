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

function spanOf(node: YamlAstNode, base: number): Span {
  const [start, valueEnd] = node.range ?? [0, 0];
  return { start: base + start, end: base + valueEnd };
}

function convert(node: YamlAstNode, base: number): YamlNode {
  const span = spanOf(node, base);
  if (isScalar(node)) {
    const value = node.value;
    const plain = value === null || ['string', 'number', 'boolean'].includes(typeof value);
    return { type: 'scalar', span, value: plain ? (value as string | number | boolean | null) : String(value) };
  }
  if (isSeq(node)) {
    return { type: 'seq', span, items: node.items.map(item => convert(item as YamlAstNode, base)) };
  }
  if (isMap(node)) {
    const entries: YamlEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const keyNode = pair.key as YamlAstNode;
      entries.push({
        key: String((pair.key as { value: unknown }).value),
        keySpan: spanOf(keyNode, base),
        value: pair.value ? convert(pair.value as YamlAstNode, base) : undefined,
      });
    }
    return { type: 'map', span, entries };
  }
  // Aliases (and anything exotic) stay opaque: expanding them is what makes alias bombs explode.
  return { type: 'alias', span };
}

export function entryOf(map: YamlNode | undefined, key: string): YamlEntry | undefined {
  return map?.type === 'map' ? map.entries.find(entry => entry.key === key) : undefined;
}

/** The text of a scalar value, or undefined for anything else (maps, lists, empty). */
export function scalarText(node: YamlNode | undefined): string | undefined {
  if (node?.type !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}
