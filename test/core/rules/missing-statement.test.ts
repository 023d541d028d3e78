import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, md } from '../helpers';

describe('rule missing-statement', () => {
  it('reports an objective without statement on its id', () => {
    const [finding] = expectReports('missing-statement', {
      'objective.md': '---\ntype: objective\nid: «OBJ-1»\ntitle: Hand rub\nskills: [SK-1]\n---\n',
    });
    assert.equal(finding.message, 'Objective "OBJ-1" has no "statement": write what the learner will do, under what condition, and how well.');
  });

  it('reports empty, blank and non-text statements', () => {
    expectReports('missing-statement', {
      'objectives.md': md`
        ---
        type: objective
        items:
          - id: «OBJ-1»
            statement:
          - id: «OBJ-2»
            statement: "   "
          - id: «OBJ-3»
            statement: [List, the, moments]
          - id: OBJ-4
            statement: List the five moments for hand hygiene.
        ---
      `,
    });
  });

  it('reports an objective with neither id nor statement on its `type:` line', () => {
    expectReports('missing-statement', { 'objective.md': '---\n«type: objective»\ntitle: Hand rub\n---\n' });
  });

  it('does not report objectives with a statement, nor other kinds', () => {
    expectSilent('missing-statement', CLEAN);
    expectSilent('missing-statement', { 'skill.md': '---\ntype: skill\nid: SK-1\n---\n' });
  });
});
