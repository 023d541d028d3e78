import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

describe('rule unknown-reference', () => {
  it('reports the missing id inside a flow list, not the list, and suggests close ids of the expected kind', () => {
    const [finding] = expectReports('unknown-reference', cleanWith({
      'objective.md': md`
        ---
        type: objective
        id: OBJ-HH-1
        statement: Given alcohol-based hand rub, the nurse will perform a hand rub covering all surfaces in 20 to 30 seconds.
        skills: [SK-HH-rub, «SK-HH-rib»]
        ---
      `,
    }));
    assert.deepEqual(finding.data, { id: 'SK-HH-rib', expected: 'skill', suggestions: ['SK-HH-rub'] });
    assert.match(finding.message, /No skill has the id "SK-HH-rib"\. Did you mean "SK-HH-rub"\?/);
  });

  it('reports missing ids in a block list and in a single-id field', () => {
    expectReports('unknown-reference', cleanWith({
      'lesson.md': md`
        ---
        type: lesson
        id: LES-HH
        objectives:
          - OBJ-HH-1
          - «OBJ-HH-9»
        activities: «ACT-NONE»
        assessments: [AS-HH-1]
        ---
      `,
    }));
  });

  it('reports a dangling reference in every kind that has reference fields', () => {
    expectReports('unknown-reference', cleanWith({
      'task2.md': '---\ntype: task\nid: T-2\nskills: [«SK-X»]\n---\n',
      'skill2.md': '---\ntype: skill\nid: SK-2\ntasks: [«T-X»]\n---\n',
      'assessment2.md': '---\ntype: assessment\nid: AS-2\nobjectives: [«OBJ-X»]\n---\n',
      'activity2.md': '---\ntype: activity\nid: ACT-2\nobjectives: [«OBJ-X»]\n---\n',
      'implementation.md': '---\ntype: implementation\nobjectives: [«OBJ-X»]\n---\n',
      'monitoring.md': '---\ntype: monitoring\nobjectives: [«OBJ-X»]\n---\n',
      'evaluation.md': '---\ntype: evaluation\nobjectives: [«OBJ-X»]\n---\n',
    }));
  });

  it('offers no suggestion when nothing is close', () => {
    const [finding] = expectReports('unknown-reference', cleanWith({ 'task2.md': '---\ntype: task\nid: T-2\nskills: [«ZZZZZZZZZZ»]\n---\n' }));
    assert.deepEqual(finding.data?.suggestions, []);
    assert.equal(finding.message, 'No skill has the id "ZZZZZZZZZZ".');
  });

  it('does not report references to ids defined anywhere in the design, nor fields that are not references', () => {
    expectSilent('unknown-reference', CLEAN);
    expectSilent('unknown-reference', cleanWith({
      'objective.md': CLEAN['objective.md'].replace('skills:', 'notes: [NOT-AN-ID]\nskills:'),
    }));
  });

  it('ignores empty entries in a reference list', () => {
    expectSilent('unknown-reference', cleanWith({ 'task2.md': '---\ntype: task\nid: T-2\nskills: [SK-HH-rub, "", ~]\n---\n' }));
  });
});
