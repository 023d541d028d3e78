import assert from 'node:assert/strict';
import { checkTexts, locateFrontMatter, parseDocument } from '../../server/src/core';

const HEAD = '---\ntype: objective\nid: OBJ-1\nstatement: Given gloves, the nurse will put on gloves in 1 minute.\nskills: [SK-9]\n---\n';
const BODY = `${'A paragraph of notes for reviewers, kept on disk but not in memory.\n'.repeat(200)}`;

describe('parsed documents keep what rules and features read, not the body', () => {
  it('keeps the text up to the closing fence, with positions of the whole document', () => {
    const document = parseDocument('a.md', `${HEAD}${BODY}`);
    assert.equal(document.text, HEAD);
    assert.equal(document.items[0].id, 'OBJ-1');
    assert.deepEqual(document.lines.rangeOf(document.items[0].idSpan!), { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } });
    assert.deepEqual(document.bodySuppressions, []);
  });

  it('keeps nothing of a Markdown file without front matter, and all of one whose front matter is never closed', () => {
    assert.equal(parseDocument('notes.md', `# Notes\n${BODY}`).text, '');
    const unterminated = `---\ntype: skill\nid: SK-1\n${BODY}`;
    assert.equal(parseDocument('open.md', unterminated).text, unterminated);
  });

  it('reads the body\'s disable directives when parsing, so they still apply', () => {
    const text = `${HEAD}${BODY}<!-- idstudio-disable unknown-reference -->\n`;
    assert.deepEqual(parseDocument('a.md', text).bodySuppressions, [['unknown-reference']]);
    const [findings] = [...checkTexts([{ path: 'a.md', text }]).values()];
    assert.ok(findings.length > 0 && !findings.some(finding => finding.code === 'unknown-reference'));
    const [unsuppressed] = [...checkTexts([{ path: 'a.md', text: `${HEAD}${BODY}` }]).values()];
    assert.ok(unsuppressed.some(finding => finding.code === 'unknown-reference'));
  });
});

describe('front matter location', () => {
  it('needs a line break after the opening fence: a one-line file has no front matter', () => {
    for (const text of ['---', '--- ', '---x', '']) assert.equal(locateFrontMatter(text), undefined, JSON.stringify(text));
    assert.equal(locateFrontMatter('---\ntype: task\n'), 'unterminated');
  });

  it('accepts a closing fence at the very end of the text, without a line break', () => {
    assert.deepEqual(locateFrontMatter('---\na: 1\n---'), { content: { start: 4, end: 9 }, end: 12 });
    assert.deepEqual(locateFrontMatter('---\na: 1\n--- \t'), { content: { start: 4, end: 9 }, end: 14 });
    assert.deepEqual(locateFrontMatter('---\r\na: 1\r\n---\r\nbody'), { content: { start: 5, end: 11 }, end: 16 });
    const document = parseDocument('a.md', '---\ntype: skill\nid: SK-1\n---');
    assert.deepEqual([document.kind, document.items[0].id, document.problems], ['skill', 'SK-1', []]);
  });
});

describe('documents whose front matter cannot be read', () => {
  const state = (text: string) => {
    const document = parseDocument('a.md', text);
    return { isDesign: document.isDesign, onlyInDesign: document.onlyInDesign, unreadIds: document.unreadIds, codes: document.problems.map(problem => problem.code) };
  };

  it('define nothing when they have no front matter', () => {
    assert.deepEqual(state('# Notes\nid: X-1\n'), { isDesign: false, onlyInDesign: false, unreadIds: [], codes: [] });
  });

  it('claim a never-closed front matter by its type line: a kind, a near kind (inside a design only) or nothing', () => {
    assert.deepEqual(state('---\ntype: task  \nid: T-1\n'), { isDesign: true, onlyInDesign: false, unreadIds: ['T-1'], codes: ['front-matter-syntax'] });
    assert.deepEqual(state('---\ntype: "skill"\nid: SK-1\n'), { isDesign: true, onlyInDesign: false, unreadIds: ['SK-1'], codes: ['front-matter-syntax'] });
    assert.deepEqual(state('---\ntype: Tasks\nid: T-1\n'), { isDesign: false, onlyInDesign: true, unreadIds: ['T-1'], codes: ['front-matter-syntax'] });
    assert.deepEqual(state('---\ntype: post\nid: P-1\n'), { isDesign: false, onlyInDesign: false, unreadIds: [], codes: [] });
    assert.deepEqual(state('---\ntitle: Notes\nid: P-1\n'), { isDesign: false, onlyInDesign: false, unreadIds: [], codes: [] });
  });

  it('claim broken YAML whose type line the parser could not read', () => {
    assert.deepEqual(state('---\n\tbad\ntype: task\nid: T-1\n---\n'),
      { isDesign: true, onlyInDesign: false, unreadIds: ['T-1'], codes: ['front-matter-syntax', 'front-matter-syntax'] });
  });

  it('leave valid YAML that is not a map of fields alone, even with a "type:" line', () => {
    assert.deepEqual(state('---\n[a,\ntype: task\n]\n---\n'), { isDesign: false, onlyInDesign: false, unreadIds: [], codes: [] });
  });

  it('note unread ids only for a broken design document', () => {
    // Valid YAML: a nested "id:" is data of the item, not an id the design misses.
    assert.deepEqual(state('---\ntype: task\nid: T-1\nsource:\n  id: EXT-1\n---\n'), { isDesign: true, onlyInDesign: false, unreadIds: [], codes: [] });
    // Another tool's broken front matter: its ids are none of the design's business.
    assert.deepEqual(state('---\nlayout: post\nid: P-1\nmeta: [x\n---\n'), { isDesign: false, onlyInDesign: false, unreadIds: [], codes: ['front-matter-syntax'] });
  });

  it('list up to five unread ids in the syntax error, then how many more', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `- id: T-${index + 1}\n`).join('');
    const messageWith = (count: number) => parseDocument('a.md', `---\ntype: task\n${ids(count)}`).problems[0].message;
    assert.match(messageWith(5), /\("T-1", "T-2", "T-3", "T-4", "T-5"\) cannot be read/);
    assert.match(messageWith(7), /\("T-1", "T-2", "T-3", "T-4", "T-5" and 2 more\) cannot be read/);
  });
});

describe('item anchors', () => {
  it('anchor a single item without id on its type line, wherever that line is', () => {
    const text = '---\nstatement: The nurse will list the steps.\ntype: objective\n---\n';
    const [item] = parseDocument('a.md', text).items;
    assert.equal(text.slice(item.anchor.start, item.anchor.end), 'type: objective');
  });

  it('anchor a list entry without id on its first field, an empty entry on itself', () => {
    const text = '---\ntype: task\nitems:\n  - {}\n  - title: Wash hands\n    frequency: daily\n---\n';
    const [empty, untitled] = parseDocument('a.md', text).items;
    assert.equal(text.slice(empty.anchor.start, empty.anchor.end), '{}');
    assert.equal(text.slice(untitled.anchor.start, untitled.anchor.end), 'title: Wash hands');
  });
});
