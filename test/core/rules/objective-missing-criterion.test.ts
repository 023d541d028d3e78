import assert from 'node:assert/strict';
import { expectReports, expectSilent, objectiveFile } from '../helpers';

const WITH_CONDITION = 'condition: In the skills lab\n';

describe('rule objective-missing-criterion', () => {
  it('reports a statement with no degree of performance on the objective id', () => {
    const [finding] = expectReports('objective-missing-criterion', objectiveFile('The nurse will perform a hand rub.', { fields: WITH_CONDITION, markId: true }));
    assert.equal(finding.message, 'Objective "OBJ-1" states no criterion: add "criterion:" or say how well, for example "with no errors", "within 2 minutes" or "according to the checklist".');
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
    'Complete all steps of the checklist.',
    'Counsel the mother on every danger sign.',
    'Score 80% or more on the post-test.',
    'Record the vital signs with zero omissions.',
    'Measure the blood pressure with precision, to the standard of the scoring guide.',
    'Insert the cannula at the first attempt, as judged by the supervisor.',
    'Correctly tag six of eight basic road signs.',
  ]) {
    it(`accepts the criterion in: ${statement}`, () => expectSilent('objective-missing-criterion', objectiveFile(statement, { fields: WITH_CONDITION })));
  }

  // A count of what is listed, a number inside the condition, an id or a version, "within" as a place,
  // and an adverb alone do not say how well.
  for (const statement of [
    'Name the four stages of labour.',
    'Given a table of twelve drugs, classify each by its route of administration.',
    'Describe the referral pathway (Outcome 3).',
    'Write a loop in Python 3.',
    'Record the findings within the patient file.',
    'Correctly identify the five moments for hand hygiene.',
    'List 5 characteristics of a case.',
  ]) {
    it(`reports the statement without criterion: ${statement}`, () => {
      expectReports('objective-missing-criterion', objectiveFile(statement, { fields: WITH_CONDITION, markId: true }));
    });
  }

  it('accepts a `criterion:` field', () => {
    expectSilent('objective-missing-criterion', objectiveFile('Perform a hand rub.', { fields: `${WITH_CONDITION}criterion: all surfaces covered\n` }));
  });
});
