import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { locateFrontMatter } from '../../server/src/core/document';
import { readPlainYaml } from '../../server/src/core/yaml-fast-path';
import { parseWithLibrary, type YamlNode } from '../../server/src/core/yaml-tree';

/**
 * The fast path (js-yaml) must read front matter exactly as `yaml` does, spans included, or give it up:
 * whenever it returns a tree, `yaml` finds no error and builds the same tree.
 */

const ROOT = path.join(__dirname, '..', '..');

/** Kinds, offsets and values of a tree, as plain data to compare. */
function shape(node: YamlNode | undefined | null): unknown {
  if (!node) return undefined;
  const { start, end } = node.span;
  switch (node.type) {
    case 'scalar': return ['scalar', start, end, node.value];
    case 'seq': return ['seq', start, end, node.items.map(shape)];
    case 'map': return ['map', start, end, node.entries.map(entry => [entry.key, entry.keySpan.start, entry.keySpan.end, shape(entry.value)])];
    default: return ['alias', start, end];
  }
}

/** True when the fast path read `source`; fails the test when it read it otherwise than `yaml`. */
function assertAgrees(source: string): boolean {
  const quick = readPlainYaml(source, 7);
  if (quick === undefined) return false;
  const library = parseWithLibrary(source, 7);
  assert.deepEqual(library.errors.map(error => error.message), [], `the fast path accepted what yaml rejects:\n${source}`);
  assert.deepEqual(shape(quick), shape(library.root), `the two readings differ:\n${source}`);
  return true;
}

function frontMattersUnder(dir: string): string[] {
  const sources: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.md$/i.test(entry.name)) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    const located = locateFrontMatter(text);
    if (located && located !== 'unterminated') sources.push(text.slice(located.content.start, located.content.end));
  }
  return sources;
}

/** Front matter of three public documentation sites (test/data/front-matter/README.md). */
const REAL: string[] = fs.readFileSync(path.join(ROOT, 'test', 'data', 'front-matter', 'real.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map(line => (JSON.parse(line) as { frontMatter: string }).frontMatter);

const CORPUS = [
  ...frontMattersUnder(path.join(ROOT, 'sample-workspace')),
  ...frontMattersUnder(path.join(ROOT, 'test', 'fixtures')),
  ...REAL,
];

describe('front matter fast path (js-yaml) against yaml', () => {
  it('reads the sample, the fixtures (Docsy, Jekyll, Carpentries, a curriculum) and 360 real sites\' front matter as yaml does', () => {
    const read = CORPUS.filter(assertAgrees).length;
    assert.ok(CORPUS.length > 400, `only ${CORPUS.length} front matters found`);
    // Nearly all of them are plain enough for the fast path; the rest are read by yaml.
    assert.ok(read / CORPUS.length > 0.8, `fast path took ${read} of ${CORPUS.length}`);
  });

  const plain: Record<string, string> = {
    'a multi-line plain scalar': 'title: a long\n  title over lines\nid: X-1\n',
    'comments before and inside lists': '# lead\ntype: task # t\nitems:\n  # c\n  - id: a\n    # inner\n    skills: [s1, s2,]\n\n  - id: b\n    skills:\n      - s3\n      - s4\n# trailing\n',
    'block scalars, clipped and stripped': 'statement: |\n  line\n\n  more\nnext: >-\n  folded\n  text\n\nlast: >\n  x\n',
    'Windows line breaks': 'type: task\r\nid: T-1\r\nskills: [A, B]\r\nitems:\r\n  - id: x\r\n',
    'empty values': "a:\nb: []\nc: ''\nd: \"\"\ne: ~\ng: null\nh:   \n",
    'nested sequences': 'x:\n  - [a, b]\n  - - c\n    - d\n',
    'quoted keys': '"id": Q-1\n\'title\': T\n',
    'a sequence at the root': '- a\n- b\n',
    'a scalar at the root': 'just text\n',
    'underscored digits, a string in both': 'a: 1_000\n',
    'core-schema numbers and booleans': 'a: 1\nb: 1.5\nc: -3\nd: 1e3\ne: .5\nf: 0o17\ng: 0x1f\nh: +1\nk: .inf\nl: 08\nm: true\nn: False\no: yes\n',
    'an unindented list of maps': 'items:\n- id: a\n  x: 1\n- id: b\n',
    'colons and hashes inside values': 'time: 10:30\nurl: http://x.y/z\nlang: C# basics\nx: a #comment\n',
    'Unicode': 'title: Händewaschen – “quotes” 😀\nid: Ü-1\n',
    'a last value nested two deep and empty': 'menu:\n  main:\n    weight:\n',
    'negative zero, which js-yaml reads as 0': 'a: -0\nb: -0.0\nc: 0\n',
    'blanks and tabs after values and before line ends': 'a: x \t\nb:\t\nc: y\t\r\nd: 1\n',
    'no final line break': 'title: x\nid: y # note',
    'a nested list whose last entry ends in an empty value': 'x:\n  - y:\nz: 1\n',
    'a nested block scalar, then more': 'a:\n  b: |\n    x\nc: 1\n',
    'a nested explicit null, then more': 'a:\n  b: ~\nc: 1\n',
    'quoted numbers and booleans, text in both': 'a: "1"\nb: \'true\'\n',
  };
  for (const [name, source] of Object.entries(plain)) {
    it(`takes the fast path for ${name}, with yaml's spans`, () => {
      assert.ok(assertAgrees(source), 'the fast path gave up');
    });
  }

  const leftToYaml: Record<string, string> = {
    'anchors and aliases': 'a: &x [1]\nb: *x\n',
    'tags': 'c: !!binary AAAA\n',
    'flow mappings': 'a: {b: 1}\n',
    'kept block scalars': 'a: |+\n  x\n\nb: 1\n',
    'numbers js-yaml reads and yaml does not': 'a: 0b11\n',
    'a flow sequence over lines not indented past its key': 'skills: [A,\nB]\n',
    'a quoted scalar over lines': 'title: "Instruct\n- or not"\n',
    'an empty list entry': 'f:\n  -\n  - x\n',
    'an indented comment after a list': 'a:\n  - b: 1\n    # note\nc: 2\n',
    'a comment after an empty last value': 'menu:\n  main:\n#    weight: 30\n',
    'a lone carriage return': 'a: "x\ry"\n',
    'a tab in the indentation': '\ttitle: floating point\n',
    'a line of nothing but blanks': 'a: 1\n    \nb: 2\n',
    'a comment right after a key': 'url: #https://example.org\n',
    'an empty block scalar': 'description: |-\n\ntitle: x\n',
    'a number js-yaml reads as text': 'weight: -.30\n',
    'duplicate keys (an error)': 'a: 1\na: 2\n',
    'broken YAML': 'a: [1, 2\nb: c\n',
    'a byte order mark': '\uFEFFa: 1\n',
  };
  for (const [name, source] of Object.entries(leftToYaml)) {
    it(`leaves ${name} to yaml`, () => {
      assert.equal(readPlainYaml(source, 0), undefined);
    });
  }

  it('reads front matter with nothing but comments as no root, as yaml does', () => {
    assert.equal(readPlainYaml('# nothing\n\n', 0), null);
    assert.equal(parseWithLibrary('# nothing\n\n', 0).root, undefined);
  });

  /** A new seed each run, printed; FUZZ_SEED=N replays it. */
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  const runs = Number(process.env.FUZZ_RUNS) || 3000;
  const pieces = [' ', ':', '-', '#', '[', ']', ',', "'", '"', '\n', '\t', '  ', '- ', ': ', '\n  ', '\n- ', 'x', '1', '.', '\\', '~', '\r\n', '|', '>'];
  const edit = fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constantFrom(...pieces)));

  it(`agrees with yaml on damaged real front matter (seed ${seed}, FUZZ_SEED replays)`, () => {
    let read = 0;
    fc.assert(fc.property(fc.nat(CORPUS.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
      let source = CORPUS[which];
      for (const [at, change] of edits) {
        const position = at % (source.length + 1);
        source = typeof change === 'number' ? source.slice(0, position) + source.slice(position + change) : source.slice(0, position) + change + source.slice(position);
      }
      if (assertAgrees(source.endsWith('\n') ? source : `${source}\n`)) read++;
    }), { seed, numRuns: runs });
    // Most damage leaves plain YAML: the property must have compared real trees, not only given up.
    assert.ok(read > runs / 4, `the fast path read only ${read} of ${runs}`);
  });
});
