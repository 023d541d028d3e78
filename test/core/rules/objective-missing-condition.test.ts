import assert from 'node:assert/strict';
import { expectReports, expectSilent, objectiveFile } from '../helpers';

describe('rule objective-missing-condition', () => {
  it('reports a statement with no condition on the objective id', () => {
    const [finding] = expectReports('objective-missing-condition', objectiveFile('The nurse will perform a hand rub in 20 to 30 seconds.', { markId: true }));
    assert.match(finding.message, /states no condition: add "condition:" or start the statement with "Given \.\.\." or "Using \.\.\."/);
  });

  it('reports an empty `condition:` field', () => {
    expectReports('objective-missing-condition', objectiveFile('List the five moments for hand hygiene.', { fields: 'condition: ""\n', markId: true }));
  });

  for (const statement of [
    'Given soap and water, the nurse will wash hands in 40 to 60 seconds.',
    'Using the iCCM chart booklet, classify the illness of a sick child with no error.',
    'When presented with a case scenario, the midwife will identify three danger signs.',
    'Provided with a MUAC tape, measure the arm circumference to the nearest millimetre.',
    'The CHW will count the breaths of a child using a respiratory timer for one full minute.',
  ]) {
    it(`accepts the condition clause in: ${statement}`, () => expectSilent('objective-missing-condition', objectiveFile(statement)));
  }

  it('accepts a `condition:` field', () => {
    expectSilent('objective-missing-condition', objectiveFile('Perform a hand rub.', { fields: 'condition: At the bedside, with alcohol rub\n' }));
  });

  it('leaves an objective without statement to missing-statement', () => {
    expectSilent('objective-missing-condition', { 'objective.md': '---\ntype: objective\nid: OBJ-1\n---\n' });
  });
});
