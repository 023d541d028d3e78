import { ownCopy } from './text';
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

export class Scalar extends Spanned {
  readonly type = 'scalar';
  constructor(start: number, end: number, readonly value: string | number | boolean | null) { super(start, end); }
}

export class Sequence extends Spanned {
  readonly type = 'seq';
  constructor(start: number, end: number, readonly items: YamlNode[]) { super(start, end); }
}

export class Mapping extends Spanned {
  readonly type = 'map';
  constructor(start: number, end: number, readonly entries: YamlEntry[]) { super(start, end); }
}

export class Alias extends Spanned {
  readonly type = 'alias';
}

/**
 * One copy of each key: the parsers give every `id:` and `title:` its own small string, and a design of
 * 100,000 items has about 600,000 keys of a few dozen spellings. Bounded, so odd keys cannot grow it.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 10_000;

function shared(key: string): string {
  const known = KEYS.get(key);
  if (known !== undefined) return known;
  if (KEYS.size >= MAX_KEYS) return key;
  const own = ownCopy(key);
  KEYS.set(own, own);
  return own;
}

export class Entry implements YamlEntry {
  readonly key: string;

  constructor(key: string, private readonly keyStart: number, private readonly keyEnd: number, readonly value: YamlNode | undefined) {
    this.key = shared(key);
  }

  get keySpan(): Span {
    return { start: this.keyStart, end: this.keyEnd };
  }
}
