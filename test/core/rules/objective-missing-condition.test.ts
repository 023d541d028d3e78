import assert from 'node:assert/strict';
import { expectReports, expectSilent, objectiveFile } from '../helpers';

describe('rule objective-missing-condition', () => {
  it('reports a statement with no condition on the objective id', () => {
    const [finding] = expectReports('objective-missing-condition', objectiveFile('The nurse will perform a hand rub in 20 to 30 seconds.', { markId: true }));
    assert.equal(finding.message, 'Objective "OBJ-1" states no condition: add "condition:" or say what the learner is given or where, for example "Given a case scenario, ..." or "Using a MUAC tape, ...".');
  });

  it('reports an empty `condition:` field', () => {
    expectReports('objective-missing-condition', objectiveFile('List the five moments for hand hygiene.', { fields: 'condition: ""\n', markId: true }));
  });

  for (const statement of [
    'Given soap and water, the nurse will wash hands in 40 to 60 seconds.',
    'Using the iCCM chart booklet, classify the illness of a sick child with no error.',
    'When presented with a case scenario, the midwife will identify three danger signs.',
    'Provided with a MUAC tape, measure the arm circumference to the nearest millimetre.',
    'With a calculator, compute the dose of amoxicillin for a 12 kg child.',
    'Without a job aid, list the five moments for hand hygiene.',
    'Unaided, insert a nasogastric tube.',
    'Resuscitate a newborn manikin in a simulated ward.',
    'When a client presents with a cough of two weeks or more, refer them for sputum testing.',
    'If the rapid test is positive, give the first dose of artemether-lumefantrine.',
    'Write a function that passes the tests, given a problem statement.',
    'Perform CPR on an adult manikin placed on the floor.',
  ]) {
    it(`accepts the condition in: ${statement}`, () => expectSilent('objective-missing-condition', objectiveFile(statement)));
  }

  // The tool or technique being taught, a lead-in, a place or a learning event is no condition.
  for (const statement of [
    'Write a query using SQL.',
    'The CHW will count the breaths of a child using a respiratory timer for one full minute.',
    'On completing this module, you will be able to merge two branches.',
    'By the end of the simulation, the learner will demonstrate appropriate care.',
    'Apply the five moments in clinical and real-world settings.',
    'Using Microsoft Excel, sort records by any field.',
  ]) {
    it(`reports the statement without condition: ${statement}`, () => {
      expectReports('objective-missing-condition', objectiveFile(statement, { markId: true }));
    });
  }

  it('accepts a `condition:` field', () => {
    expectSilent('objective-missing-condition', objectiveFile('Perform a hand rub.', { fields: 'condition: At the bedside, with alcohol rub\n' }));
  });

  it('leaves an objective without statement to missing-statement', () => {
    expectSilent('objective-missing-condition', { 'objective.md': '---\ntype: objective\nid: OBJ-1\n---\n' });
  });
});
