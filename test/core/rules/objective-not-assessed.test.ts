import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent } from '../helpers';

const OBJECTIVE_2 = '---\ntype: objective\nid: «OBJ-HH-2»\nstatement: List the five moments for hand hygiene, all five correct.\nskills: [SK-HH-rub]\n---\n';

describe('rule objective-not-assessed', () => {
  it('reports an objective no assessment references on its id', () => {
    const [finding] = expectReports('objective-not-assessed', cleanWith({ 'objective-2.md': OBJECTIVE_2 }));
    assert.equal(finding.message, 'No assessment references objective "OBJ-HH-2": add an assessment for it in step 7.');
    assert.deepEqual(finding.data, { id: 'OBJ-HH-2' });
  });

  it('reports the objective, in another file, when its only assessment is removed', () => {
    const { 'assessments.md': _removed, ...withoutAssessments } = CLEAN;
    expectReports('objective-not-assessed', {
      ...withoutAssessments,
      'objective.md': CLEAN['objective.md'].replace('id: OBJ-HH-1', 'id: «OBJ-HH-1»'),
    });
  });

  it('is not satisfied by a lesson, an activity or an evaluation that lists the objective', () => {
    // The clean design's lesson, activity and evaluation all list OBJ-HH-1; only the assessment is removed.
    expectReports('objective-not-assessed', cleanWith({
      'assessments.md': '---\ntype: assessment\nid: AS-HH-1\nobjectives: [OBJ-HH-2]\n---\n',
      'objective.md': CLEAN['objective.md'].replace('id: OBJ-HH-1', 'id: «OBJ-HH-1»'),
      'objective-2.md': OBJECTIVE_2.replace(/[«»]/g, ''),
    }));
  });

  it('is satisfied by an assessment in any file, listing the objective by itself or among others', () => {
    expectSilent('objective-not-assessed', CLEAN);
    expectSilent('objective-not-assessed', cleanWith({
      'objective-2.md': OBJECTIVE_2.replace(/[«»]/g, ''),
      'more/assessment-2.md': '---\ntype: assessment\nid: AS-2\nobjectives: OBJ-HH-2\n---\n',
    }));
  });

  it('does not report an objective without id (that is missing-id)', () => {
    expectSilent('objective-not-assessed', { 'objective.md': '---\ntype: objective\nstatement: List the five moments.\n---\n' });
  });
});
