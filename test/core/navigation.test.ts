import assert from 'node:assert/strict';
import { Design, parseDocument } from '../../server/src/core';
import { itemAt, itemSpan, itemTitle, uniqueId, unquotedSpan } from '../../server/src/core/navigation';

/** A design of the given documents (path → text), with each document's id index ready. */
function designOf(files: Record<string, string>): Design {
  const design = new Design();
  for (const [uri, text] of Object.entries(files)) design.set(parseDocument(uri, text));
  design.flush();
  return design;
}

const SKILLS = '---\ntype: skill\nitems:\n  - id: SK-1\n    title: Hand rub\n  - id: SK-2\n    title:\n---\n';

describe('navigation helpers of the editor features', () => {
  it('finds the item whose fields hold an offset, from its first key to the end of its last value', () => {
    const document = parseDocument('skills.md', SKILLS);
    const [first, second] = document.items;
    const firstSpan = itemSpan(first);
    assert.equal(SKILLS.slice(firstSpan.start, firstSpan.end), 'id: SK-1\n    title: Hand rub');
    assert.equal(itemAt(document, firstSpan.start), first);
    assert.equal(itemAt(document, firstSpan.end), first);
    assert.equal(itemAt(document, SKILLS.indexOf('SK-2')), second);
    assert.equal(itemAt(document, SKILLS.indexOf('title:\n---')), second, 'a last field without a value');
    assert.equal(itemAt(document, 0), undefined, 'the opening fence belongs to no item');
    const empty = parseDocument('empty.md', '---\ntype: skill\nitems:\n  - {}\n---\n').items[0];
    assert.deepEqual(itemSpan(empty), empty.anchor, 'an entry without fields sits at its anchor');
  });

  it('calls an item by its title, else its statement, goal or description, on one line', () => {
    const title = (fields: string) => itemTitle(parseDocument('a.md', `---\ntype: objective\nid: OBJ-1\n${fields}---\n`).items[0]);
    assert.equal(title('title: Hand rub\nstatement: Perform a hand rub.\n'), 'Hand rub');
    assert.equal(title('title: "  "\nstatement: >-\n  Perform a\n  hand rub.\n'), 'Perform a hand rub.');
    assert.equal(title('statement: |\n  Perform a\n  hand rub.\n'), 'Perform a hand rub.');
    assert.equal(title('description: Rub hands\n'), 'Rub hands');
    assert.equal(title('title: "Hand  \\t rub"\n'), 'Hand rub', 'a run of spaces and tabs as one space');
    assert.equal(title('skills: [SK-1]\n'), undefined);
    assert.equal(itemTitle(parseDocument('g.md', '---\ntype: goal\ngoal: Nurses clean hands\n---\n').items[0]), 'Nurses clean hands');
  });

  it('takes the quotes off a quoted scalar only when they match', () => {
    const text = 'a: "OBJ-1" \'SK-1\' "x\' " ';
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    assert.deepEqual(unquotedSpan(text, at('"OBJ-1"')), at('OBJ-1'));
    assert.deepEqual(unquotedSpan(text, at("'SK-1'")), at('SK-1'));
    assert.deepEqual(unquotedSpan(text, at('"x\'')), at('"x\''), 'quotes that do not match');
    assert.deepEqual(unquotedSpan(text, at('" ')), at('" '), 'a space after a lone quote');
    const lone = { start: 3, end: 4 };
    assert.deepEqual(unquotedSpan(text, lone), lone, 'a lone quote is not a quoted empty text');
    assert.deepEqual(unquotedSpan(text, at('a')), at('a'));
    assert.deepEqual(unquotedSpan('id: x-1-x', { start: 4, end: 9 }), { start: 4, end: 9 }, 'letters at both ends are no quotes');
    const empty = 'id: ""';
    assert.deepEqual(unquotedSpan(empty, { start: 4, end: 6 }), { start: 5, end: 5 }, 'quotes around nothing');
  });

  describe('a fresh id', () => {
    it('follows the numbering of the ids there, those of the document it goes into first', () => {
      const design = designOf({
        'objectives.md': '---\ntype: objective\nitems:\n  - id: OBJ-HH-1\n  - id: OBJ-HH-7\n  - id: OBJ-PPE-1\n---\n',
        'more.md': '---\ntype: objective\nitems:\n  - id: OBJ-PPE-2\n  - id: OBJ-PPE-3\n---\n',
        'hh.md': '---\ntype: objective\nitems:\n  - id: OBJ-HH-2\n  - id: OBJ-HH-3\n---\n',
      });
      assert.equal(uniqueId(design, 'objective', design.get('more.md')), 'OBJ-PPE-4');
      assert.equal(uniqueId(design, 'objective', design.get('hh.md')), 'OBJ-HH-8', 'after the highest, not the count');
      assert.equal(uniqueId(design, 'objective'), 'OBJ-HH-8', 'the prefix most ids of the kind share');
      const tie = designOf({ 'a.md': '---\ntype: skill\nitems:\n  - id: SK-B-1\n  - id: SK-A-1\n---\n' });
      assert.equal(uniqueId(tie, 'skill'), 'SK-B-2', 'on a tie, the prefix met first');
      const most = designOf({ 'a.md': '---\ntype: skill\nitems:\n  - id: SK-A-1\n  - id: SK-B-1\n  - id: SK-B-2\n---\n' });
      assert.equal(uniqueId(most, 'skill'), 'SK-B-3', 'the prefix most ids share, though met later');
    });

    it('reads numbers of several digits', () => {
      const design = designOf({ 'a.md': '---\ntype: objective\nitems:\n  - id: OBJ-HH-10\n  - id: OBJ-HH-11\n  - id: OBJ-HH-19\n  - id: OBJ-HH-2\n---\n' });
      assert.equal(uniqueId(design, 'objective'), 'OBJ-HH-20');
      assert.equal(uniqueId(designOf({ 'a.md': '---\ntype: skill\nitems:\n  - id: SK-2B-1\n  - id: SK-2B-4\n---\n' }), 'skill'), 'SK-2B-5');
    });

    it('starts at 1 with the kind\'s prefix, and skips an id any item already has', () => {
      assert.equal(uniqueId(designOf({}), 'lesson'), 'LES-1');
      const design = designOf({ 'task.md': '---\ntype: task\nid: AS-1\n---\n' });
      assert.equal(uniqueId(design, 'assessment'), 'AS-2');
    });

    it('ignores ids whose prefix could not start a valid id, and a document of other kinds', () => {
      const design = designOf({
        'skills.md': '---\ntype: skill\nitems:\n  - id: SK-HH-1\n---\n',
        'odd.md': '---\ntype: skill\nitems:\n  - id: "1"\n  - id: "2"\n---\n',
        'tasks.md': '---\ntype: task\nitems:\n  - id: T-1\n  - id: T-2\n---\n',
      });
      assert.equal(uniqueId(design, 'skill', design.get('tasks.md')), 'SK-HH-2');
    });
  });
});
