import type { Position, Range, Span } from './types';

/** Maps offsets of a text to line/character positions and back (binary search over line starts). */
export class LineIndex {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Built on first use: most documents are never asked for a position. */
  private get starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      // Kept at its exact length (a list grown by `push` keeps spare room, for every document).
      this.lineStarts = starts.slice();
    }
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset; one between `\r` and `\n` is clamped to the line's end (before the `\r`). */
  positionAt(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    if (this.text.charCodeAt(clamped - 1) === 13 && this.text.charCodeAt(clamped) === 10) clamped--;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid; else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineEnd = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.min(this.starts[position.line] + Math.max(0, position.character), lineEnd);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The span of a whole line without its line break. */
  lineSpan(line: number): Span {
    const start = this.starts[line] ?? this.text.length;
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return { start, end };
  }
}

/**
 * A 53-bit hash of a text (cyrb53): what is kept of a serialized state only compared for change (the
 * outline of a design of 100,000 items is about 70 MB of JSON).
 */
export function hashOf(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * A string of its own. A slice of a longer string may share its memory (V8 keeps the whole text alive for a
 * slice of it): what a design keeps of a document must not hold the whole file, or a parser's copy of it.
 */
export function ownCopy(text: string): string {
  return utf8Decoder.decode(utf8Encoder.encode(text));
}
