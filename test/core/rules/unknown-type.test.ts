import assert from 'node:assert/strict';
import { Design, nearKind, parseDocument } from '../../../server/src/core';
import { CLEAN, expectReports, expectSilent, findingsWith, md } from '../helpers';

/** One valid design document: with it, the files form a design (contract v2). */
const DESIGN = { 'goal.md': CLEAN['goal.md'] };

describe('rule unknown-type', () => {
  it('reports a near miss inside a design on its value, naming the kind it nearly spells', () => {
    const [finding] = expectReports('unknown-type', {
      ...DESIGN,
      'objectives.md': md`
        ---
        type: «objectiv»
        id: OBJ-1
        ---
      `,
    });
    assert.equal(finding.message, 'The type "objectiv" is not one of the 12 kinds: did you mean "objective"? '
      + '(goal, learners, resources, task, skill, objective, assessment, activity, lesson, implementation, monitoring, evaluation)');
    assert.deepEqual(finding.data, { suggestions: ['objective'] });
  });

  it('reports the same word in another case or number: "Task", "objectives", "Activities", "learner"', () => {
    expectReports('unknown-type', {
      ...DESIGN,
      'a.md': '---\ntype: «Task»\nid: T-1\n---\n',
      'b.md': '---\ntype: «objectives»\n---\n',
      'c.md': '---\ntype: «Activities»\n---\n',
      'd.md': '---\ntype: «learner»\n---\n',
      'e.md': '---\ntype: «assesment»\n---\n',
    });
  });

  it('reports nothing for a near miss that is not inside a design (no valid document, no .idstudio.json)', () => {
    expectSilent('unknown-type', { 'objectives.md': '---\ntype: objectives\nid: OBJ-1\n---\n' });
  });

  it('reports a near miss in a design that has only .idstudio.json, and stops when the design goes', () => {
    const design = new Design();
    design.set(parseDocument('x.md', '---\ntype: objectiv\n---\n'));
    assert.deepEqual(design.flush().size, 0);
    design.setDeclared(true);
    assert.deepEqual(design.flush().get('x.md')!.map(finding => finding.code), ['unknown-type']);
    design.setDeclared(false);
    assert.deepEqual(design.flush().get('x.md'), []);
  });

  it('reports near misses once the first valid document appears, and clears them when it goes', () => {
    const design = new Design();
    design.set(parseDocument('x.md', '---\ntype: Skills\n---\n'));
    design.flush();
    design.set(parseDocument('goal.md', CLEAN['goal.md']));
    assert.deepEqual(design.flush().get('x.md')!.map(finding => finding.code), ['unknown-type']);
    design.delete('goal.md');
    assert.deepEqual(design.flush().get('x.md'), []);
  });

  it('treats any other type as another tool\'s: Hugo, Docsy, Jekyll and issue-template types get nothing, even inside a design', () => {
    const files = {
      ...DESIGN,
      'docs.md': '---\ntitle: Docs\ntype: docs\nweight: 20\n---\n# Docs\n',
      'home.md': '---\ntype: home\n---\n',
      'post.md': '---\nlayout: post\ntype: post\n---\n',
      'bug.md': '---\nname: Bug report\ntype: bug\n---\n',
      'test.md': '---\ntype: test\n---\n',
      'session.md': '---\ntype: session\n---\n',
      'list.md': '---\ntype: [task, skill]\n---\n',
      'empty.md': '---\ntype:\nid: T-1\n---\n',
    };
    assert.deepEqual(findingsWith('unknown-type', files), []);
    for (const code of ['missing-id', 'front-matter-syntax']) expectSilent(code, files);
  });

  it('gives broken front matter to whoever its type line names', () => {
    const broken = (type: string) => `---\ntype: ${type}\ntitle: "unclosed\n---\n`;
    assert.deepEqual(findingsWith('front-matter-syntax', { 'docs.md': broken('docs') }), []);
    assert.equal(findingsWith('front-matter-syntax', { 'task.md': broken('task') }).length, 1);
    assert.equal(findingsWith('front-matter-syntax', { ...DESIGN, 'near.md': broken('tasks') }).length, 1);
    assert.deepEqual(findingsWith('front-matter-syntax', { 'near.md': broken('tasks') }), []);
  });

  it('does not run item rules on a document of unknown type', () => {
    const files = { ...DESIGN, 'x.md': '---\ntype: «objectivez»\nstatement: understand things\n---\n' };
    expectReports('unknown-type', files);
    for (const code of ['missing-id', 'objective-not-measurable', 'objective-without-skill']) expectSilent(code, files);
  });

  it('does not report any of the 12 kinds', () => {
    expectSilent('unknown-type', CLEAN);
    for (const kind of ['goal', 'learners', 'task', 'evaluation']) expectSilent('unknown-type', { [`${kind}.md`]: `---\ntype: ${kind}\nid: X-1\n---\n` });
  });

  it('does not report Markdown without a type', () => {
    expectSilent('unknown-type', { ...DESIGN, 'readme.md': '---\ntitle: About\n---\n# About\n', 'plain.md': 'type: task\n' });
  });
});

describe('nearKind', () => {
  it('allows 2 edits for long kinds, 1 for short ones, and keeps the first letter', () => {
    assert.equal(nearKind('assesment'), 'assessment');
    assert.equal(nearKind('implementaton'), 'implementation');
    assert.equal(nearKind('tsk'), 'task');
    for (const other of ['test', 'tag', 'mask', 'person', 'page', 'default', 'docs', 'blog', 'swagger', 'section', 'lessonplan']) {
      assert.equal(nearKind(other), undefined, other);
    }
  });
});
