import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent } from '../helpers';

describe('rule lesson-without-objectives', () => {
  it('reports a lesson that lists activities and assessments but no objective, on its id', () => {
    const [finding] = expectReports('lesson-without-objectives', cleanWith({
      'lesson.md': '---\ntype: lesson\nid: «LES-HH»\nactivities: [ACT-HH-1]\nassessments: [AS-HH-1]\n---\n',
    }));
    assert.equal(finding.message, 'Lesson "LES-HH" references no objective: list the objectives it teaches under "objectives:".');
  });

  it('reports a lesson without id on its `type:` line', () => {
    expectReports('lesson-without-objectives', { 'lesson.md': '---\n«type: lesson»\nduration: 1 hour\n---\n' });
  });

  it('does not report a lesson that lists an objective', () => {
    expectSilent('lesson-without-objectives', CLEAN);
  });
});
