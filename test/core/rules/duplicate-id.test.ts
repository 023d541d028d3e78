import assert from 'node:assert/strict';
import { Design, parseDocument } from '../../../server/src/core';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

describe('rule duplicate-id', () => {
  it('reports an id defined in two files on both id values, naming the other file', () => {
    const found = expectReports('duplicate-id', cleanWith({
      'objective.md': CLEAN['objective.md'].replace('id: OBJ-HH-1', 'id: «OBJ-HH-1»'),
      'objective-copy.md': md`
        ---
        type: objective
        id: «OBJ-HH-1»
        statement: Given hand rub, the nurse will perform a hand rub in 20 to 30 seconds.
        skills: [SK-HH-rub]
        ---
      `,
    }));
    const byPath = new Map(found.map(finding => [finding.path, finding.message]));
    assert.match(byPath.get('objective.md')!, /also defined in objective-copy\.md/);
    assert.match(byPath.get('objective-copy.md')!, /also defined in objective\.md/);
    assert.deepEqual(found[0].data, { id: 'OBJ-HH-1' });
  });

  it('reports two items of one collection that share an id, naming the other line of the file', () => {
    const found = expectReports('duplicate-id', {
      'skills.md': md`
        ---
        type: skill
        items:
          - id: «SK-1»
            title: Hand rub
          - id: SK-2
          - id: «SK-1»
            title: Hand wash
        ---
      `,
    });
    assert.deepEqual(found.map(finding => finding.message), [
      'The id "SK-1" is also defined in line 7 of this file: each id must be unique.',
      'The id "SK-1" is also defined in line 4 of this file: each id must be unique.',
    ]);
  });

  it('lists the other definitions in file order, then by line, whatever the order the files were read in', () => {
    const found = expectReports('duplicate-id', {
      'c.md': '---\ntype: skill\nitems:\n  - id: «SK-1»\n  - id: «SK-1»\n---\n',
      'a.md': '---\ntype: skill\nid: «SK-1»\n---\n',
      'b.md': '---\ntype: skill\nid: «SK-1»\n---\n',
    });
    const fromA = found.find(finding => finding.path === 'a.md')!;
    assert.equal(fromA.message, 'The id "SK-1" is also defined in b.md:3, c.md:4, c.md:5: each id must be unique.');
    assert.deepEqual(fromA.related?.map(related => [related.uri, related.range.start.line]), [['b.md', 2], ['c.md', 3], ['c.md', 4]]);
    const fromC = found.filter(finding => finding.path === 'c.md').map(finding => finding.message);
    assert.deepEqual(fromC, [
      'The id "SK-1" is also defined in a.md:3, b.md:3, line 5 of this file: each id must be unique.',
      'The id "SK-1" is also defined in a.md:3, b.md:3, line 4 of this file: each id must be unique.',
    ]);
  });

  it('reports the same id used by items of different kinds', () => {
    expectReports('duplicate-id', {
      'task.md': '---\ntype: task\nid: «HH»\nskills: [SK-1]\n---\n',
      'skill.md': '---\ntype: skill\nid: «HH»\n---\n',
    });
  });

  it('reports every copy of an id defined three times', () => {
    const found = expectReports('duplicate-id', {
      'a.md': '---\ntype: lesson\nid: «LES-1»\n---\n',
      'b.md': '---\ntype: lesson\nid: «LES-1»\n---\n',
      'c.md': '---\ntype: lesson\nid: «LES-1»\n---\n',
    });
    assert.match(found.find(finding => finding.path === 'a.md')!.message, /b\.md:3, c\.md:3/);
  });

  it('does not report unique ids, nor ids that differ only in case', () => {
    expectSilent('duplicate-id', CLEAN);
    expectSilent('duplicate-id', { 'a.md': '---\ntype: task\nid: T-1\n---\n', 'b.md': '---\ntype: task\nid: t-1\n---\n' });
  });

  it('names the other definition by its readable relative path and line, and links it as related information', () => {
    const design = new Design();
    design.set(parseDocument('file:///w/1-analyze/skills%20list.md', '---\ntype: skill\nid: SK-1\n---\n'));
    design.set(parseDocument('file:///w/2-design/more/dup.md', '---\ntype: skill\n\nid: SK-1\n---\n'));
    const changed = design.flush();
    const [first] = changed.get('file:///w/1-analyze/skills%20list.md')!;
    assert.equal(first.message, 'The id "SK-1" is also defined in ../2-design/more/dup.md:4: each id must be unique.');
    assert.deepEqual(first.related, [{
      uri: 'file:///w/2-design/more/dup.md', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 8 } },
      message: '"SK-1" is also defined here',
    }]);
    const [second] = changed.get('file:///w/2-design/more/dup.md')!;
    assert.equal(second.message, 'The id "SK-1" is also defined in ../../1-analyze/skills list.md:3: each id must be unique.');
    assert.equal(second.related?.[0].uri, 'file:///w/1-analyze/skills%20list.md');
  });

  it('names a file whose address is not valid percent-encoding as it is, without failing', () => {
    const design = new Design();
    design.set(parseDocument('file:///w/a.md', '---\ntype: skill\nid: SK-1\n---\n'));
    design.set(parseDocument('file:///w/50%.md', '---\ntype: skill\nid: SK-1\n---\n'));
    const [finding] = design.flush().get('file:///w/a.md')!;
    assert.equal(finding.message, 'The id "SK-1" is also defined in 50%.md:3: each id must be unique.');
  });
});
