import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

const DRAFT = md`
  ---
  type: lesson
  id: LES-HH
  status: «draft»
  objectives: [OBJ-HH-1]
  ---
`;

describe('rule lesson-not-pretested', () => {
  it('reports a draft lesson on its status once Step 10 and 11 have documents', () => {
    const [finding] = expectReports('lesson-not-pretested', cleanWith({ 'lesson.md': DRAFT }));
    assert.equal(finding.message, 'Lesson "LES-HH" is still a draft while Step 10 and Step 11 are under way: pretest it with a few learners and revise it (Step 9), then set its status.');
    assert.deepEqual(finding.data, { id: 'LES-HH' });
  });

  it('needs only one of Step 10 or Step 11, and reports each draft entry of a list', () => {
    const { 'implementation.md': _implementation, 'monitoring.md': _monitoring, ...withoutImplementing } = CLEAN;
    const lessons = '---\ntype: lesson\nitems:\n  - id: LES-1\n    status: «draft»\n  - id: LES-2\n    status: revised\n  - id: LES-3\n    status: «draft»\n---\n';
    const [finding] = expectReports('lesson-not-pretested', { ...withoutImplementing, 'lessons.md': lessons, 'monitoring.md': CLEAN['monitoring.md'] });
    assert.match(finding.message, /while Step 11 is under way/);
    expectReports('lesson-not-pretested', { ...withoutImplementing, 'lessons.md': lessons, 'implementation.md': CLEAN['implementation.md'] });
  });

  it('does not report a draft lesson before implementation is prepared, nor pretested or revised lessons', () => {
    const { 'implementation.md': _implementation, 'monitoring.md': _monitoring, ...withoutImplementing } = CLEAN;
    expectSilent('lesson-not-pretested', { ...withoutImplementing, 'lesson.md': DRAFT });
    expectSilent('lesson-not-pretested', CLEAN);
    expectSilent('lesson-not-pretested', cleanWith({ 'lesson.md': DRAFT.replace('draft', 'revised') }));
  });
});
