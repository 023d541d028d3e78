import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

describe('rule task-without-skills', () => {
  it('reports a task with no skills, named by no skill, on its id', () => {
    const [finding] = expectReports('task-without-skills', cleanWith({
      'task-2.md': '---\ntype: task\nid: «T-REPORT»\ndescription: Report needle-stick injuries\n---\n',
    }));
    assert.equal(finding.message, 'Task "T-REPORT" has no essential skills: list them under "skills:" (step 5).');
    assert.deepEqual(finding.data, { id: 'T-REPORT' });
  });

  it('is satisfied by a skill whose `tasks` back link names the task, in another file', () => {
    expectSilent('task-without-skills', cleanWith({
      'task-2.md': '---\ntype: task\nid: T-REPORT\n---\n',
      'skill-2.md': '---\ntype: skill\nid: K-REPORT\nkind: knowledge\ntasks: [T-REPORT]\n---\n',
    }));
  });

  it('is not satisfied by a back link from something other than a skill', () => {
    expectReports('task-without-skills', cleanWith({
      'tasks.md': md`
        ---
        type: task
        items:
          - id: «T-REPORT»
          - id: T-OTHER
            skills: [SK-HH-rub]
        ---
      `,
      'objective-2.md': '---\ntype: objective\nid: OBJ-2\nstatement: List the steps.\ntasks: [T-REPORT]\n---\n',
    }));
  });

  it('reports a task without id on its `type:` line', () => {
    expectReports('task-without-skills', { 'task.md': '---\n«type: task»\ntitle: Report injuries\n---\n' });
  });

  it('does not report tasks that list skills', () => {
    expectSilent('task-without-skills', CLEAN);
    expectSilent('task-without-skills', cleanWith({ 'skills.md': CLEAN['skills.md'].replace('    tasks: [T-HH]\n', '') }));
  });
});
