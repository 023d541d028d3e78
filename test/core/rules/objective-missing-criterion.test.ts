import assert from 'node:assert/strict';
import { expectReports, expectSilent, objectiveFile } from '../helpers';

const WITH_CONDITION = 'condition: In the skills lab\n';

describe('rule objective-missing-criterion', () => {
  it('reports a statement with no degree of performance on the objective id', () => {
    const [finding] = expectReports('objective-missing-criterion', objectiveFile('The nurse will perform a hand rub.', { fields: WITH_CONDITION, markId: true }));
    assert.match(finding.message, /states no criterion: add "criterion:"/);
  });

  it('reports an objective in a collection on its own id', () => {
    expectReports('objective-missing-criterion', {
      'objectives.md': '---\ntype: objective\nitems:\n  - id: OBJ-1\n    statement: Wash hands in 40 seconds.\n  - id: «OBJ-2»\n    statement: Put on a gown.\n---\n',
    });
  });

  for (const statement of [
    'Perform a hand rub in 20 to 30 seconds.',
    'Complete the referral form within 10 minutes.',
    'Take a blood pressure reading at least twice.',
    'Give the injection without error.',
    'Classify pneumonia according to the iCCM guidelines.',
    'Dispose of sharps as per the ward protocol.',
    'Correctly identify the five moments for hand hygiene.',
    'Complete all steps of the checklist.',
    'Counsel the mother on every danger sign.',
    'Score 80% or more on the post-test.',
  ]) {
    it(`accepts the criterion in: ${statement}`, () => expectSilent('objective-missing-criterion', objectiveFile(statement, { fields: WITH_CONDITION })));
  }

  it('accepts a `criterion:` field', () => {
    expectSilent('objective-missing-criterion', objectiveFile('Perform a hand rub.', { fields: `${WITH_CONDITION}criterion: all surfaces covered\n` }));
  });
});
