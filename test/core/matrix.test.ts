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
});
