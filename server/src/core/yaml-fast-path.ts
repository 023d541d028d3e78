import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { ownCopy } from './text';
import { Entry, Mapping, Scalar, Sequence, type YamlNode } from './yaml-nodes';

/**
 * The fast path for reading front matter: js-yaml, about eight times faster than `yaml`'s `parseDocument`
 * on front matter (0.7 s against 5.4 s for the 20,000 files of a design of 100,000 items), which was the
 * largest cost of a full check. js-yaml gives no positions, but it reports where each node opens and
 * closes (its `listener`): from those, the spans `yaml` gives are rebuilt, so that both paths make the
 * same tree (test/core/yaml-fast-path.test.ts holds them to it on real and generated front matter).
 *
 * Only plain front matter takes this path: anything js-yaml rejects, and anything where the two libraries
 * may differ (anchors, aliases, tags, directives, complex keys, flow mappings, kept block scalars,
 * numbers spelt outside YAML 1.2's core schema), returns `undefined` and is read by `yaml`, which also
 * gives the error messages and reads as much of broken YAML as it can.
 */

/**
 * An indicator at the start of a token that the two libraries may read differently or that the span
 * rebuilding does not follow: anchors, aliases, tags, directives, reserved indicators, flow mappings,
 * explicit keys, and `|+`/`>+` block scalars. A title such as "Q & A" also matches: it merely takes the
 * slower path.
 */
const UNSUPPORTED = /(?:^|[\s[,])(?:[&*!%@`{}?]|[|>][-0-9]*\+)/;
/** The numbers of YAML 1.2's core schema as `yaml` resolves them (js-yaml also takes `0b1`, `+0x1`, ...). */
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** js-yaml breaks lines at a lone carriage return; `yaml` does not. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
/**
 * Where the two libraries end collections differently: a tab in a line's indentation (which js-yaml lets
 * pass where `yaml` reports it), a line of nothing but blanks, and a comment right after a key (`key: #`).
 */
const UNEVEN_LAYOUT = /^ *\t|^[ \t]+\r?$|:[ \t]+#/m;
/** Plain scalars `yaml`'s core schema reads as numbers, booleans or null. */
const CORE_CONSTANT = new RegExp(`${CORE_NUMBER.source}|^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|~|[Nn]ull|NULL)$`);
/** Any of the three above, in one pass over the text (with `m`, `^` adds nothing to UNSUPPORTED's `\s`). */
const GIVES_WAY = new RegExp(`${UNSUPPORTED.source}|${LONE_CARRIAGE_RETURN.source}|${UNEVEN_LAYOUT.source}`, 'm');
const ONLY_BLANKS_AND_COMMENTS = /^(?:[ \t]*(?:#.*)?(?:\r?\n|$))*$/;

interface Frame {
  open: number;
  children: YamlNode[];
  /** js-yaml's value of each child. */
  values: unknown[];
}

/** Thrown out of js-yaml's listener to give up the fast path. */
class Unsupported extends Error {}

/**
 * The front matter's root node, every offset shifted by `base`; `null` for front matter with no content;
 * `undefined` when the fast path does not apply (see above).
 */
export function readPlainYaml(source: string, base: number): YamlNode | null | undefined {
  if (GIVES_WAY.test(source) || source.charCodeAt(0) === 0xfeff) return undefined;
  if (ONLY_BLANKS_AND_COMMENTS.test(source)) return null;
  // The open nodes: where each opened, and where its children begin in `children` (one list for all, so a
  // scalar, which has none, costs no list of its own: a large design has millions of them).
  const opens: number[] = [];
  const firstChild: number[] = [];
  const children: YamlNode[] = [];
  const values: unknown[] = [];
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      opens.push(state.position);
      firstChild.push(children.length);
      return;
    }
    const start = firstChild.pop()!;
    const frame: Frame = {
      open: opens.pop()!,
      children: children.length > start ? children.splice(start) : NO_CHILDREN,
      values: values.length > start ? values.splice(start) : NO_CHILDREN,
    };
    children.push(wrapped(frame, state) ?? nodeOf(source, base, frame, state));
    values.push(state.result);
  };
  try {
    load(source, { schema: CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  return children[0] ?? null;
}

/** The children of a node that has none (shared, never handed out). */
const NO_CHILDREN: YamlNode[] = [];

/**
 * js-yaml first tries a block-sequence entry (`- [a, b]`, `- text`) as the key of a mapping, then keeps what
 * it read: the entry closes twice with the same value. The outer close is the inner node again.
 */
function wrapped(frame: Frame, state: State): YamlNode | undefined {
  return frame.children.length === 1 && frame.values[0] === state.result ? frame.children[0] : undefined;
}

/**
 * The value as a slice of the caller's text, or a copy of its own. js-yaml slices its values out of its own
 * copy of the input (it appends a terminator to it): kept as they come, every document's front matter would
 * be held twice.
 */
function ownString(source: string, start: number, close: number, value: string): string {
  const at = source.indexOf(value, start);
  if (at !== -1 && at + value.length <= close) return source.slice(at, at + value.length);
  return ownCopy(value);
}

function nodeOf(source: string, base: number, frame: Frame, state: State): YamlNode {
  const start = startOf(source, frame.open);
  switch (state.kind as string | null) {
    case 'scalar':
      if (isQuote(source[start]) && source.lastIndexOf('\n', state.position - 1) > start) throw new Unsupported('a quoted scalar over several lines');
      return new Scalar(base + start, base + scalarEnd(source, start, state.position), scalarValue(source, start, state.position, state.result));
    case 'sequence': {
      // An entry with nothing after its dash is a null js-yaml reads without opening a node.
      if ((state.result as unknown[]).length !== frame.children.length) throw new Unsupported('an empty entry');
      const end = source[start] === '[' ? flowEnd(source, start, state.position) : blockEnd(source, frame.children, base);
      // `splice` made the list at its exact length (a list grown by `push` keeps room for a dozen more).
      return new Sequence(base + start, base + end, frame.children === NO_CHILDREN ? [] : frame.children);
    }
    case 'mapping':
      return new Mapping(base + start, base + blockEnd(source, frame.children, base), entriesOf(frame.children));
    case null: {
      // An empty value (`key:`): `yaml` places it after the blanks that end its line.
      const at = base + skipBlanks(source, frame.open);
      return new Scalar(at, at, null);
    }
    default:
      throw new Unsupported(String(state.kind));
  }
}

function entriesOf(children: YamlNode[]): Entry[] {
  if (children.length % 2 !== 0) throw new Unsupported('a key without a value');
  const entries = new Array<Entry>(children.length / 2);
  for (let index = 0; index < children.length; index += 2) {
    const key = children[index];
    if (key.type !== 'scalar' || key.value === null) throw new Unsupported('a complex or empty key');
    entries[index / 2] = new Entry(String(key.value), key.span.start, key.span.end, children[index + 1]);
  }
  return entries;
}

/** Where a node opened, past the blanks, line breaks and comments js-yaml had not yet skipped. */
function startOf(source: string, open: number): number {
  let position = open;
  for (;;) {
    const char = source[position];
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') position++;
    else if (char === '#') position = afterLineBreak(source, position);
    else return position;
  }
}

/**
 * js-yaml accepts continuation lines of a quoted scalar that are not indented past the enclosing block,
 * which `yaml` rightly reports: quoted scalars over several lines are left to `yaml`.
 */
function isQuote(char: string): boolean {
  return char === '"' || char === "'";
}

function skipBlanks(source: string, position: number): number {
  while (source[position] === ' ' || source[position] === '\t') position++;
  return position;
}

/** js-yaml closes a plain scalar after its trailing blanks; a block scalar runs to the end of its last line. */
function scalarEnd(source: string, start: number, close: number): number {
  const block = source[start] === '|' || source[start] === '>';
  let end = close;
  while (end > start && isBlank(source[end - 1])) end--;
  return block ? afterLineBreak(source, end) : end;
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\n';
}

const INDENTED_COMMENT_NEXT = /(?:[ \t]*\r?\n)*[ \t]+#/y;
const COMMENT_NEXT = /[ \t]*#/y;
const COMMENT_LINE_NEXT = /[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*#/y;

/**
 * A block collection ends where its last value does when that is a block collection itself, else after the
 * line break that ends its last value (`yaml`'s convention), except after an empty value with no comment
 * (`key:`), where it ends at that value. `yaml` also counts an indented comment after it, or any comment
 * after an empty last value, as part of some collection: the fast path leaves those to `yaml`.
 */
function blockEnd(source: string, children: YamlNode[], base: number): number {
  const last = children[children.length - 1];
  if (!last) throw new Unsupported('an empty block collection');
  const lastStart = last.span.start - base;
  const lastEnd = last.span.end - base;
  const nestedBlock = last.type === 'map' || (last.type === 'seq' && source[lastStart] !== '[');
  const empty = last.type === 'scalar' && last.value === null && lastStart === lastEnd;
  COMMENT_NEXT.lastIndex = lastEnd;
  COMMENT_LINE_NEXT.lastIndex = lastEnd;
  if (empty && COMMENT_LINE_NEXT.test(source)) throw new Unsupported('a comment after an empty value');
  const end = nestedBlock || source[lastEnd - 1] === '\n' || (empty && !COMMENT_NEXT.test(source)) ? lastEnd : afterLineBreak(source, lastEnd);
  INDENTED_COMMENT_NEXT.lastIndex = end;
  if (INDENTED_COMMENT_NEXT.test(source)) throw new Unsupported('an indented comment after a collection');
  return end;
}

/**
 * A flow sequence ends after its `]`. One spread over lines is left to `yaml`: js-yaml accepts lines that
 * are not indented past the enclosing block, which `yaml` rightly reports.
 */
function flowEnd(source: string, start: number, close: number): number {
  const lineBreak = source.indexOf('\n', start);
  if (lineBreak !== -1 && lineBreak < close) throw new Unsupported('a flow sequence over several lines');
  return close;
}

function afterLineBreak(source: string, position: number): number {
  const lineEnd = source.indexOf('\n', position);
  return lineEnd === -1 ? source.length : lineEnd + 1;
}

/**
 * js-yaml's value where it agrees with `yaml`'s core schema; any other number, or an empty block scalar
 * (whose end the two libraries place differently), gives up the fast path.
 */
function scalarValue(source: string, start: number, close: number, value: unknown): string | number | boolean | null {
  if (value === '' && (source[start] === '|' || source[start] === '>')) throw new Unsupported('an empty block scalar');
  const text = source.slice(start, close).trim();
  // A plain scalar js-yaml reads as text but `yaml` as a number or a constant (`-.30`, `+.5`).
  if (typeof value === 'string' && !isQuote(source[start]) && CORE_CONSTANT.test(text)) {
    throw new Unsupported('a plain scalar the libraries resolve differently');
  }
  if (typeof value === 'string') return ownString(source, start, close, value);
  if (typeof value === 'boolean' || value === null) return value;
  // js-yaml reads "-0" as 0; `yaml`, as JavaScript does, as -0.
  if (typeof value === 'number' && CORE_NUMBER.test(text)) return value === 0 && text.startsWith('-') ? -0 : value;
  throw new Unsupported('a value outside the core schema');
}
