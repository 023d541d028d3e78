import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent } from '../helpers';

const MARKED_OBJECTIVE = CLEAN['objective.md'].replace('id: OBJ-HH-1', 'id: «OBJ-HH-1»');
const assessedBy = (...methods: string[]) => ({
  'assessments.md': `---\ntype: assessment\nitems:\n${methods.map((method, index) =>
    `  - id: AS-${index + 1}\n    method: ${method}\n    objectives: [OBJ-HH-1]\n`).join('')}---\n`,
  'lesson.md': CLEAN['lesson.md'].replace('assessments: [AS-HH-1]', 'assessments: [AS-1]'),
});

describe('rule assessment-method-mismatch', () => {
  it('reports a performed skill assessed only by knowledge tests, on the objective, with the assessments as related information', () => {
    const [finding] = expectReports('assessment-method-mismatch', cleanWith({
      'objective.md': MARKED_OBJECTIVE, ...assessedBy('multiple-choice quiz', 'oral questions'),
    }));
    assert.equal(finding.message, 'Objective "OBJ-HH-1" is a performed skill (its verb "perform" names a performed skill), but its assessments only test knowledge ("AS-1", "AS-2"): a test cannot show that the learner can do it. Add an assessment that observes performance (observation checklist, OSCE, skills station, return demonstration, simulation).');
    assert.deepEqual(finding.data, { id: 'OBJ-HH-1', items: ['AS-1', 'AS-2'] });
    assert.deepEqual(finding.related, [
      { uri: 'assessments.md', range: { start: { line: 3, character: 8 }, end: { line: 3, character: 12 } }, message: 'Assessment "AS-1" tests knowledge: "multiple-choice quiz"' },
      { uri: 'assessments.md', range: { start: { line: 6, character: 8 }, end: { line: 6, character: 12 } }, message: 'Assessment "AS-2" tests knowledge: "oral questions"' },
    ]);
  });

  it('takes the domain from an explicit level, whatever the verb', () => {
    const listing = '---\ntype: objective\nid: «OBJ-HH-1»\nstatement: List the steps of the hand rub in order.\nlevel: psychomotor\nskills: [SK-HH-rub]\n---\n';
    expectReports('assessment-method-mismatch', cleanWith({ 'objective.md': listing, ...assessedBy('written test') }));
    expectSilent('assessment-method-mismatch', cleanWith({
      'objective.md': CLEAN['objective.md'].replace('skills:', 'level: recall\nskills:'), ...assessedBy('written test'),
    }));
  });

  it('is silent when one assessment observes performance, or a method is unclassified or missing', () => {
    expectSilent('assessment-method-mismatch', CLEAN);
    expectSilent('assessment-method-mismatch', cleanWith(assessedBy('written test', 'OSCE station')));
    expectSilent('assessment-method-mismatch', cleanWith(assessedBy('written test', 'mystery shopper visit')));
    expectSilent('assessment-method-mismatch', cleanWith(assessedBy('written test and simulation')));
    expectSilent('assessment-method-mismatch', cleanWith({
      'assessments.md': '---\ntype: assessment\nid: AS-1\nobjectives: [OBJ-HH-1]\n---\n',
    }));
  });

  it('is silent for cognitive objectives and for objectives nobody assesses (objective-not-assessed says that)', () => {
    const cognitive = '---\ntype: objective\nid: OBJ-HH-1\nstatement: List the five moments for hand hygiene.\nskills: [SK-HH-rub]\n---\n';
    expectSilent('assessment-method-mismatch', cleanWith({ 'objective.md': cognitive, ...assessedBy('multiple-choice quiz') }));
    const { 'assessments.md': _removed, ...unassessed } = CLEAN;
    expectSilent('assessment-method-mismatch', unassessed);
  });

  it('extends its vocabulary from configuration: a configured knowledge test counts', () => {
    const files = cleanWith({ 'objective.md': MARKED_OBJECTIVE, ...assessedBy('crossword') });
    expectSilent('assessment-method-mismatch', files);
    expectReports('assessment-method-mismatch', files, { settings: { methods: { 'tests-knowledge': ['crossword'] } } });
  });
});
