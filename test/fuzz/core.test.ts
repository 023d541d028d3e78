import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkTexts, Design, locateFrontMatter, parseDocument, STEPS, type Finding } from '../../server/src/core';

/** Scales every property; FUZZ_RUNS=20000 makes a soak. */
const RUNS = Number(process.env.FUZZ_RUNS) || 1000;
const KINDS = STEPS.map(step => step.kind);
const IDS = ['OBJ-1', 'OBJ-2', 'SK-1', 'SK-2', 'T-1', 'AS-1', 'ACT-1', 'LES-1', '1-bad', 'x y'];
const FIELDS = ['statement', 'condition', 'criterion', 'title', 'kind', 'status', 'skills', 'objectives', 'tasks', 'activities', 'assessments'];

/** Front matter lines that mean something to the rules, mixed with hostile ones. */
const line = fc.oneof(
  fc.constantFrom(...KINDS).map(kind => `type: ${kind}`),
  fc.constantFrom(...IDS).map(id => `id: ${id}`),
  fc.tuple(fc.constantFrom(...FIELDS), fc.array(fc.constantFrom(...IDS), { maxLength: 3 })).map(([key, ids]) => `${key}: [${ids.join(', ')}]`),
  fc.constantFrom('statement: The nurse will understand hygiene.', 'statement: Given gloves, the nurse will don them in 1 minute.',
    'performance_factors:\n  skills_knowledge: present\n  feedback: lacking', 'items:\n  - id: OBJ-3\n    statement: List the five moments.',
    '  - id: SK-3\n    kind: knowledge', '# idstudio-disable-next-line', 'a: &a [1, *a]', 'b: *undefined', 'key: "unterminated',
    '\t- tab', '{ flow: [ broken', 'x: |\n  block', '---', '...', 'c: !!binary AAAA'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const lineBreak = fc.constantFrom('\n', '\r\n');
const documentText = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 12 }), lineBreak, fc.boolean(), fc.string({ maxLength: 40 }), fc.boolean())
  .map(([bom, lines, eol, closed, body, nul]) =>
    `${bom ? '\uFEFF' : ''}---${eol}${lines.join(eol)}${eol}${closed ? `---${eol}` : ''}${body}${nul ? '\u0000' : ''}`);

const workspace = fc.array(documentText, { minLength: 1, maxLength: 6 })
  .map(texts => texts.map((text, index) => ({ path: `doc-${index}.md`, text })));

function assertInside(text: string, findings: Finding[]): void {
  const lines = text.split('\n');
  for (const { range, code } of findings) {
    for (const position of [range.start, range.end]) {
      assert.ok(position.line >= 0 && position.line < lines.length, `${code}: line ${position.line} of ${lines.length}`);
      assert.ok(position.character >= 0 && position.character <= lines[position.line].length, `${code}: character out of line`);
    }
  }
}

const sortedEntries = (results: Map<string, Finding[]>) => [...results].sort(([a], [b]) => a.localeCompare(b));

/** A new seed each run, printed; FUZZ_SEED=N replays a run (fast-check also prints the failing path). */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

describe('fuzz: the analysis core', function () {
  this.timeout(120_000);
  before(() => {
    assert.ok(Number.isSafeInteger(SEED), `FUZZ_SEED must be an integer, not "${process.env.FUZZ_SEED}"`);
    fc.configureGlobal({ seed: SEED });
    console.log(`  fuzz seed ${SEED} (reproduce with FUZZ_SEED=${SEED})`);
  });
  after(() => fc.resetConfigureGlobal());

  it('never throws, and every finding lies inside its document', () => {
    fc.assert(fc.property(workspace, files => {
      for (const [file, findings] of checkTexts(files)) assertInside(files.find(f => f.path === file)!.text, findings);
    }), { numRuns: RUNS * 3 });
  });

  it('is deterministic and independent of the order of files', () => {
    fc.assert(fc.property(workspace, fc.infiniteStream(fc.nat()), (files, seeds) => {
      const shuffled = [...files].sort(() => (seeds.next().value % 3) - 1);
      assert.deepEqual(sortedEntries(checkTexts(shuffled)), sortedEntries(checkTexts(files)));
    }), { numRuns: RUNS });
  });

  it('checks incrementally exactly what a fresh check of the final files finds', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), file: fc.nat(5), text: documentText }),
      fc.record({ kind: fc.constant('delete' as const), file: fc.nat(5) }),
      fc.record({ kind: fc.constant('rename' as const), file: fc.nat(5), to: fc.nat(5) }),
    );
    fc.assert(fc.property(workspace, fc.array(operation, { maxLength: 10 }), (initial, operations) => {
      const files = new Map(initial.map(file => [file.path, file.text]));
      const design = new Design();
      const published = new Map<string, Finding[]>();
      const flush = () => { for (const [uri, findings] of design.flush()) published.set(uri, findings); };
      for (const [file, text] of files) design.set(parseDocument(file, text));
      flush();
      for (const step of operations) {
        const file = `doc-${step.file}.md`;
        if (step.kind === 'set') {
          files.set(file, step.text);
          design.set(parseDocument(file, step.text));
        } else if (files.has(file)) {
          const text = files.get(file)!;
          files.delete(file);
          design.delete(file);
          if (step.kind === 'rename') {
            files.set(`doc-${step.to}.md`, text);
            design.set(parseDocument(`doc-${step.to}.md`, text));
          }
        }
        if (step.file % 2 === 0) flush();
      }
      flush();
      const fresh = checkTexts([...files].map(([path, text]) => ({ path, text })));
      const incremental = new Map([...published].filter(([, findings]) => findings.length > 0));
      const expected = new Map([...fresh].filter(([, findings]) => findings.length > 0));
      assert.deepEqual(sortedEntries(incremental), sortedEntries(expected));
    }), { numRuns: RUNS });
  });

  it('locates front matter exactly where remark-frontmatter does', () => {
    const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
    const text = fc.tuple(fc.array(fc.oneof(fc.constantFrom('---', '--- ', 'type: goal', '', '...', ' ---', '----'), fc.string({ maxLength: 8 })), { maxLength: 6 }), lineBreak)
      .map(([lines, eol]) => lines.join(eol));
    fc.assert(fc.property(text, source => {
      const first = markdown.parse(source).children[0];
      const located = locateFrontMatter(source);
      const ours = located && located !== 'unterminated';
      assert.equal(Boolean(ours), first?.type === 'yaml', JSON.stringify(source));
    }), { numRuns: RUNS * 3 });
  });

  it('survives hostile documents within bounds', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)];
    const hostile = [
      `---\ntype: skill\n${bomb.join('\n')}\nid: SK-1\n---\n`,
      `---\ntype: task\nid: T-1\nskills:\n${Array.from({ length: 50_000 }, (_, i) => `  - SK-${i}`).join('\n')}\n---\n`,
      `---\ntype: objective\nid: OBJ-1\nstatement: ${'['.repeat(5_000)}\n---\n`,
      `---\ntype: goal\n${'x'.repeat(2_000_000)}\n---\n`,
    ];
    for (const text of hostile) {
      const started = Date.now();
      const [findings] = [...checkTexts([{ path: 'hostile.md', text }]).values()];
      assertInside(text, findings);
      // A guard against runaway (exponential) work, not a speed target (those are ratios in npm run bench):
      // generous enough for a loaded 2-core CI machine, where the 50,000-reference list takes ~5 s.
      assert.ok(Date.now() - started < 60_000, 'each hostile document is checked in well under a minute');
    }
  });
});
