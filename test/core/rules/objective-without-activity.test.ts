import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent } from '../helpers';

const OBJECTIVE_2 = '---\ntype: objective\nid: OBJ-HH-2\nstatement: List the five moments for hand hygiene, all five correct.\nskills: [SK-HH-rub]\n---\n';
const ASSESSED = '---\ntype: assessment\nid: AS-2\nobjectives: [OBJ-HH-2]\n---\n';

describe('rule objective-without-activity', () => {
  it('reports an objective no activity or lesson references on its id', () => {
    const [finding] = expectReports('objective-without-activity', cleanWith({
      'objective-2.md': OBJECTIVE_2.replace('id: OBJ-HH-2', 'id: «OBJ-HH-2»'), 'assessment-2.md': ASSESSED,
    }));
    assert.match(finding.message, /^No activity or lesson references objective "OBJ-HH-2"/);
    assert.deepEqual(finding.data, { id: 'OBJ-HH-2' });
  });

  it('is satisfied by an activity alone', () => {
    expectSilent('objective-without-activity', cleanWith({
      'objective-2.md': OBJECTIVE_2, 'assessment-2.md': ASSESSED,
      'activity-2.md': '---\ntype: activity\nid: ACT-2\nobjectives: [OBJ-HH-2]\n---\n',
    }));
  });

  it('is satisfied by a lesson alone', () => {
    expectSilent('objective-without-activity', cleanWith({
      'objective-2.md': OBJECTIVE_2, 'assessment-2.md': ASSESSED,
      'lesson-2.md': '---\ntype: lesson\nid: LES-2\nobjectives: [OBJ-HH-2]\n---\n',
    }));
  });

  it('is not satisfied by an assessment or the implementation steps', () => {
    expectReports('objective-without-activity', cleanWith({
      'objective-2.md': OBJECTIVE_2.replace('id: OBJ-HH-2', 'id: «OBJ-HH-2»'), 'assessment-2.md': ASSESSED,
      'implementation.md': '---\ntype: implementation\nobjectives: [OBJ-HH-1, OBJ-HH-2]\n---\n',
      'monitoring.md': '---\ntype: monitoring\nobjectives: [OBJ-HH-1, OBJ-HH-2]\n---\n',
    }));
  });

  it('is not satisfied by a lesson that lists the objective among its activities by mistake', () => {
    expectReports('objective-without-activity', cleanWith({
      'objective-2.md': OBJECTIVE_2.replace('id: OBJ-HH-2', 'id: «OBJ-HH-2»'), 'assessment-2.md': ASSESSED,
      'lesson-2.md': '---\ntype: lesson\nid: LES-2\nobjectives: [OBJ-HH-1]\nactivities: [OBJ-HH-2]\n---\n',
    }));
  });

  it('does not report the clean design', () => {
    expectSilent('objective-without-activity', CLEAN);
  });
});
