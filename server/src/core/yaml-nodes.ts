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

export class Entry implements YamlEntry {
  constructor(readonly key: string, private readonly keyStart: number, private readonly keyEnd: number, readonly value: YamlNode | undefined) {}

  get keySpan(): Span {
    return { start: this.keyStart, end: this.keyEnd };
  }
}
