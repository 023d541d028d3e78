import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

describe('rule wrong-reference-kind', () => {
  it('reports a skill id listed under `objectives` on that id, naming both kinds', () => {
    const [finding] = expectReports('wrong-reference-kind', cleanWith({
      'assessments.md': md`
        ---
        type: assessment
        items:
          - id: AS-HH-1
            objectives: [OBJ-HH-1, «SK-HH-rub»]
        ---
      `,
    }));
    assert.equal(finding.message, '"SK-HH-rub" is a skill (step 5), but "objectives" must list objective ids (step 6).');
    assert.deepEqual(finding.data, { id: 'SK-HH-rub', expected: 'objective', actual: 'skill', suggestions: [] });
  });

  it('checks each lesson field against its own kind', () => {
    expectReports('wrong-reference-kind', cleanWith({
      'lesson.md': md`
        ---
        type: lesson
        id: LES-HH
        objectives: [OBJ-HH-1, «ACT-HH-1»]
        activities: [ACT-HH-1, «AS-HH-1»]
        assessments: [AS-HH-1, «OBJ-HH-1»]
        ---
      `,
    }));
  });

  it('reports an objective listed under a task’s `skills` and a skill’s `tasks` holding a skill', () => {
    expectReports('wrong-reference-kind', cleanWith({
      'tasks.md': '---\ntype: task\nitems:\n  - id: T-HH\n    skills: [SK-HH-rub, «OBJ-HH-1»]\n---\n',
      'skills.md': '---\ntype: skill\nitems:\n  - id: SK-HH-rub\n    tasks: «SK-HH-rub»\n---\n',
    }));
  });

  it('suggests ids of the expected kind that look alike', () => {
    const [finding] = expectReports('wrong-reference-kind', {
      'objective.md': '---\ntype: objective\nid: OBJ-1\nstatement: List the five moments.\n---\n',
      'skill.md': '---\ntype: skill\nid: OBJ-2\n---\n',
      'assessment.md': '---\ntype: assessment\nid: AS-1\nobjectives: [«OBJ-2»]\n---\n',
    });
    assert.deepEqual(finding.data?.suggestions, ['OBJ-1']);
  });

  it('does not report references of the expected kind, nor unknown ids (that is unknown-reference)', () => {
    expectSilent('wrong-reference-kind', CLEAN);
    expectSilent('wrong-reference-kind', cleanWith({ 'task2.md': '---\ntype: task\nid: T-2\nskills: [NOPE]\n---\n' }));
  });

  it('does not report an id defined twice when one definition has the expected kind', () => {
    expectSilent('wrong-reference-kind', cleanWith({ 'task2.md': '---\ntype: task\nid: SK-HH-rub\nskills: [SK-HH-rub]\n---\n' }));
  });

  it('names an id defined with two other kinds by its first definition in file order, whatever the order files are read in', () => {
    const goal = '---\ntype: goal\nid: SK-1\n---\n';
    const task = '---\ntype: task\nid: SK-1\n---\n';
    const reference = '---\ntype: task\nid: T-2\nskills: [«SK-1»]\n---\n';
    for (const files of [{ 'a.md': goal, 'b.md': task, 'c.md': reference }, { 'c.md': reference, 'b.md': task, 'a.md': goal }]) {
      const [finding] = expectReports('wrong-reference-kind', files);
      assert.equal(finding.message, '"SK-1" is a goal (step 1), but "skills" must list skill ids (step 5).');
    }
  });
});
