import assert from 'node:assert/strict';
import { buildMatrix, Design, parseDocument } from '../../server/src/core';
import { cleanWith } from './helpers';

function matrixOf(files: Record<string, string>) {
  const design = new Design();
  for (const [uri, text] of Object.entries(files)) design.set(parseDocument(uri, text));
  design.flush();
  return buildMatrix(design);
}

describe('alignment matrix model', () => {
  it('groups objectives under the skills of each task, then loose skills and objectives, and counts what is missing', () => {
    const matrix = matrixOf(cleanWith({
      'tasks.md': '---\ntype: task\nitems:\n  - id: T-HH\n    skills: [SK-HH-rub, SK-HH-2]\n  - id: T-EMPTY\n    title: Empty task\n---\n',
      'skills-2.md': '---\ntype: skill\nitems:\n  - id: SK-HH-2\n  - id: SK-LOOSE\n    title: Loose skill\n---\n',
      'objective-2.md': '---\ntype: objective\nid: OBJ-HH-1b\nstatement: >-\n  List the five\n  moments.\nskills: [SK-HH-2]\n---\n',
      'objective-3.md': '---\ntype: objective\nid: OBJ-LOOSE\nstatement: Explain why hands are cleaned.\n---\n',
      'objective-4.md': '---\ntype: objective\nid: OBJ-BOTH\nstatement: Perform a hand rub.\nskills: [SK-HH-rub, SK-HH-2]\n---\n',
    }));
    const shape = matrix.groups.map(group => [group.task?.id, group.skills.map(skill =>
      [skill.skill?.id, skill.withoutObjective ?? false, skill.skill ? skill.shownElsewhere ?? [] : null, skill.rows.map(row => row.objective.id)])]);
    assert.deepEqual(shape, [
      ['T-HH', [
        ['SK-HH-rub', false, [], ['OBJ-HH-1', 'OBJ-BOTH']],
        ['SK-HH-2', false, ['OBJ-BOTH'], ['OBJ-HH-1b']],
      ]],
      ['T-EMPTY', []],
      [undefined, [['SK-LOOSE', true, [], []], [undefined, false, null, ['OBJ-LOOSE']]]],
    ]);
    const row = (id: string) => matrix.groups.flatMap(group => group.skills.flatMap(skill => skill.rows)).find(candidate => candidate.objective.id === id)!;
    assert.equal(row('OBJ-HH-1b').objective.statement, 'List the five moments.');
    assert.deepEqual(row('OBJ-HH-1').marks, []);
    assert.deepEqual(row('OBJ-HH-1').lessons.map(lesson => lesson.id), ['LES-HH']);
    assert.deepEqual(row('OBJ-HH-1').activities.map(activity => [activity.id, activity.method, activity.classes]),
      [['ACT-HH-1', 'demonstration and return demonstration', ['observes-performance', 'practice']]]);
    assert.deepEqual(row('OBJ-LOOSE').marks, ['not-assessed', 'not-practised']);
    assert.equal(row('OBJ-BOTH').domain, 'psychomotor');
    assert.deepEqual(matrix.counts, {
      objectives: 4, assessed: 1, practised: 1, taught: 1, methodMismatches: 0, skillsWithoutObjective: 1, tasksWithoutSkills: 1,
    });
  });

  it('counts an objective practised only by its activities, and marks one whose activities only present', () => {
    const matrix = matrixOf(cleanWith({
      'activities.md': '---\ntype: activity\nid: ACT-HH-1\nmethod: Lecture with slides\nobjectives: [OBJ-HH-1]\n---\n',
    }));
    const [row] = matrix.groups.flatMap(group => group.skills.flatMap(skill => skill.rows));
    assert.deepEqual(row.marks, ['no-practice']);
    assert.equal(matrix.counts.practised, 0);
    assert.equal(matrix.counts.taught, 1);
    assert.equal(Object.values(matrix.levels).reduce((sum, count) => sum + count, 0), 1);
  });

  it('orders tasks by file, keeps only items with ids (an objective without id has none to show) and skills among a task\'s skills, once', () => {
    const matrix = matrixOf({
      'b-tasks.md': '---\ntype: task\nid: T-B\ntitle: Second task\nskills: [SK-1, OBJ-X, SK-1]\n---\n',
      'a-tasks.md': '---\ntype: task\nitems:\n  - id: T-A\n  - title: A task without id\n---\n',
      'skills.md': '---\ntype: skill\nitems:\n  - id: SK-1\n    tasks: [T-B]\n  - id: SK-2\n    tasks: [T-A]\n  - title: A skill without id\n---\n',
      'objective.md': '---\ntype: objective\nid: OBJ-X\ntitle: Explain the moments\nstatement: Given the poster, the nurse will explain the five moments.\nskills: [SK-1, SK-1]\n---\n',
      'objective-2.md': '---\ntype: objective\nstatement: Without an id, the nurse will list the moments.\nskills: [SK-2]\n---\n',
    });
    assert.deepEqual(matrix.groups.map(group => [group.task?.id, group.task?.title, group.skills.map(skill => [skill.skill?.id, skill.rows.map(row => row.objective.id)])]), [
      ['T-A', undefined, [['SK-2', []]]],
      ['T-B', 'Second task', [['SK-1', ['OBJ-X']]]],
    ], 'no group of loose items when there are none');
    const [row] = matrix.groups[1].skills[0].rows;
    assert.deepEqual(row.objective.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } });
    assert.equal(row.objective.uri, 'objective.md');
    assert.equal(row.objective.title, 'Explain the moments');
    assert.equal(row.objective.kind, 'objective');
    assert.equal(row.domain, 'cognitive');
    assert.equal(row.level, 'understand');
    assert.deepEqual(matrix.counts, {
      objectives: 1, assessed: 0, practised: 0, taught: 0, methodMismatches: 0, skillsWithoutObjective: 1, tasksWithoutSkills: 0,
    });
  });

  it('marks a performed skill assessed only by knowledge tests, keeps unclassified methods and objectives, and names no item without id', () => {
    const matrix = matrixOf({
      'objective.md': '---\ntype: objective\nitems:\n  - id: OBJ-P\n    statement: Given alcohol rub, the nurse will perform a hand rub in 20 seconds.\n  - id: OBJ-Q\n---\n',
      'assessments.md': '---\ntype: assessment\nitems:\n  - id: AS-1\n    method: multiple-choice quiz\n    objectives: [OBJ-P]\n  - id: AS-2\n    objectives: [OBJ-Q]\n  - objectives: [OBJ-Q]\n---\n',
    });
    assert.deepEqual(matrix.groups.map(group => [group.task, group.skills.map(skill => [skill.skill, skill.shownElsewhere, skill.withoutObjective])]),
      [[undefined, [[undefined, undefined, undefined]]]]);
    const [p, q] = matrix.groups[0].skills[0].rows;
    assert.deepEqual(p.marks, ['not-practised', 'method-mismatch']);
    assert.deepEqual(p.assessments.map(assessment => [assessment.id, assessment.method, assessment.classes]), [['AS-1', 'multiple-choice quiz', ['tests-knowledge']]]);
    assert.equal(p.level, 'psychomotor');
    assert.deepEqual(q.assessments.map(assessment => [assessment.id, 'method' in assessment, assessment.classes]), [['AS-2', false, []]]);
    assert.deepEqual([q.level, 'domain' in q, 'statement' in q.objective, 'title' in q.objective], ['unknown', false, false, false]);
    assert.equal(matrix.counts.methodMismatches, 1);
    assert.equal(matrix.counts.assessed, 2);
    assert.deepEqual(Object.entries(matrix.levels).filter(([, count]) => count > 0), [['psychomotor', 1], ['unknown', 1]]);
  });

  it('shows a statement kept over lines on one line, and leaves out documents of other types', () => {
    const matrix = matrixOf({
      'objective.md': '---\ntype: objective\nid: OBJ-1\nstatement: |\n  List the five\n    moments  of hand hygiene.\n---\n',
      'notes.md': '---\ntype: objectives\nid: OBJ-2\nstatement: A near miss of a kind.\n---\n',
      'readme.md': '# Notes\n',
    });
    assert.deepEqual(matrix.groups.flatMap(group => group.skills.flatMap(skill => skill.rows.map(row => [row.objective.id, row.objective.statement]))),
      [['OBJ-1', 'List the five moments of hand hygiene.']]);
  });

  it('counts a skill without objectives once, though two tasks list it', () => {
    const matrix = matrixOf({
      'tasks.md': '---\ntype: task\nitems:\n  - id: T-1\n    skills: [SK-1]\n  - id: T-2\n    skills: [SK-1]\n---\n',
      'skills.md': '---\ntype: skill\nid: SK-1\n---\n',
    });
    assert.deepEqual(matrix.groups.map(group => group.skills.map(skill => skill.withoutObjective)), [[true], [true]]);
    assert.equal(matrix.counts.skillsWithoutObjective, 1);
    assert.equal(matrix.counts.tasksWithoutSkills, 0);
  });
});
