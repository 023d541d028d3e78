import assert from 'node:assert/strict';
import { quotedList } from '../../../server/src/core/rules/objective-fields';
import { expectReports, expectSilent, md, objectiveFile } from '../helpers';

// The helpers the objective rules share: when a field counts as given, where a phrase of a statement sits in
// the source, and how a message lists verbs.
describe('objective fields', () => {
  it('counts a field that is null or blank as missing, and a list as given', () => {
    const statement = 'List the five moments for hand hygiene.';
    expectReports('objective-missing-condition', objectiveFile(statement, { fields: 'condition: ~\n', markId: true }));
    expectReports('objective-missing-condition', objectiveFile(statement, { fields: 'condition: "   "\n', markId: true }));
    expectSilent('objective-missing-condition', objectiveFile(statement, { fields: 'condition: [At the bedside, with a job aid]\n' }));
    expectSilent('objective-missing-criterion', objectiveFile(statement, { fields: 'criterion: 5\n' }));
  });

  it('names an objective without id as "This objective"', () => {
    const [finding] = expectReports('objective-missing-condition', {
      'objective.md': '---\n«type: objective»\nstatement: List the five moments for hand hygiene.\n---\n',
    });
    assert.match(finding.message, /^This objective states no condition: /);
  });

  it('finds a phrase of a folded statement after dashes and quotes, and each of two occurrences', () => {
    const found = expectReports('objective-not-measurable', {
      'objectives.md': md`
        ---
        type: objective
        items:
          - id: OBJ-1
            statement: >-
              Midwives - on the "labour ward" - will
              «appreciate the value of»
              respectful maternity care.
          - id: OBJ-2
            statement: >-
              Midwives will «appreciate the value of» privacy
              and «appreciate the value of»
              consent.
        ---
      `,
    });
    assert.deepEqual(found.map(finding => finding.data?.replaceable), [true, true, true]);
  });

  it('lists verbs in quotes, the last after "or"', () => {
    assert.equal(quotedList([]), '');
    assert.equal(quotedList(['explain']), '"explain"');
    assert.equal(quotedList(['explain', 'describe']), '"explain" or "describe"');
    assert.equal(quotedList(['explain', 'describe', 'summarize']), '"explain", "describe" or "summarize"');
  });
});
