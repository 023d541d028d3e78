import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, findingsWith, md, objectiveFile } from '../helpers';

describe('rule objective-not-measurable', () => {
  it('reports a non-observable verb on the statement value and suggests measurable verbs', () => {
    const [finding] = expectReports('objective-not-measurable', {
      'objective.md': md`
        ---
        type: objective
        id: OBJ-1
        statement: «Nurses will understand the five moments for hand hygiene.»
        skills: [SK-1]
        ---
      `,
    });
    assert.equal(finding.message, '"understand" cannot be observed or measured: say what the learner will do, for example "explain", "describe", "summarize".');
    assert.deepEqual(finding.data, { phrase: 'understand', suggestions: ['explain', 'describe', 'summarize'] });
  });

  it('reports a statement with no action verb and suggests general measurable verbs', () => {
    const [finding] = expectReports('objective-not-measurable', {
      'objective.md': '---\ntype: objective\nid: OBJ-1\nstatement: «Hand hygiene.»\n---\n',
    });
    assert.match(finding.message, /has no observable action verb: say what the learner will do, for example "demonstrate", "perform"/);
    assert.equal(finding.data?.phrase, undefined);
    assert.ok((finding.data?.suggestions as string[]).length >= 3);
  });

  it('covers a quoted statement with its quotes and a folded one over its lines', () => {
    expectReports('objective-not-measurable', {
      'objectives.md': md`
        ---
        type: objective
        items:
          - id: OBJ-1
            statement: «"Be aware of the danger signs in pregnancy."»
          - id: OBJ-2
            statement: «>-
              Midwives will appreciate the value of
              respectful maternity care.
        »  - id: OBJ-3
            statement: List the danger signs in pregnancy.
        ---
      `,
    });
  });

  it('does not report a measurable statement, nor an objective without one', () => {
    expectSilent('objective-not-measurable', CLEAN);
    expectSilent('objective-not-measurable', { 'objective.md': '---\ntype: objective\nid: OBJ-1\n---\n' });
  });

  it('follows `verbs.measurable` and `verbs.nonMeasurable` from the configuration', () => {
    const configured = { verbs: { measurable: ['Kangaroo'], nonMeasurable: ['witness'] } };
    const judged = (statement: string, settings?: typeof configured) =>
      findingsWith('objective-not-measurable', objectiveFile(statement), settings);
    const kangaroo = 'Given a newborn manikin, the midwife will kangaroo the baby skin to skin for one hour.';
    assert.equal(judged(kangaroo).length, 1);
    assert.deepEqual(judged(kangaroo, configured), []);
    const witness = 'Given a ward round, the nurse will witness the handover of all patients.';
    assert.equal(judged(witness)[0].data?.phrase, undefined);
    const [configuredWitness] = judged(witness, configured);
    assert.equal(configuredWitness.data?.phrase, 'witness');
    assert.match(configuredWitness.message, /"witness" cannot be observed or measured: say what the learner will do, for example "demonstrate"/);
  });
});
