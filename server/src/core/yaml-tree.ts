import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlAstNode } from 'yaml';
import type { Span } from './types';
import { readPlainYaml } from './yaml-fast-path';
import { Alias, Entry, Mapping, Scalar, Sequence, type YamlEntry, type YamlNode } from './yaml-nodes';

export type { YamlEntry, YamlNode } from './yaml-nodes';

export interface YamlSyntaxError { message: string; span: Span }

export interface ParsedYaml { root: YamlNode | undefined; errors: YamlSyntaxError[] }

/**
 * Parses front matter text; every span is shifted by `base` so it is an offset into the whole document.
 * Plain front matter takes js-yaml's fast path; the rest, and all broken YAML, is read by `yaml`.
 */
export function parseYaml(source: string, base: number): ParsedYaml {
  const quick = readPlainYaml(source, base);
  if (quick !== undefined) return { root: quick ?? undefined, errors: [] };
  return parseWithLibrary(source, base);
}

/** `yaml`'s reading: slower, with error messages, and as much of broken YAML as it can read. */
export function parseWithLibrary(source: string, base: number): ParsedYaml {
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
