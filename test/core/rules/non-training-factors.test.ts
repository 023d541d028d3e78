import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, md } from '../helpers';

describe('rule non-training-factors', () => {
  it('reports each lacking factor other than skills/knowledge on its value, naming an intervention', () => {
    const found = expectReports('non-training-factors', {
      'goal.md': md`
        ---
        type: goal
        id: GOAL-1
        performance_factors:
          job_expectations: «lacking»
          feedback: present
          environment: «lacking»
          motivation: unknown
          skills_knowledge: lacking
        ---
      `,
    });
    assert.deepEqual(found.map(finding => finding.data?.factor), ['job_expectations', 'environment']);
    assert.match(found[1].message, /^"environment" is lacking, and training will not fix it: plan a coordinated non-training intervention \(tools, supplies/);
  });

  it('reports every kind of lacking factor in a flow map', () => {
    expectReports('non-training-factors', {
      'goal.md': '---\ntype: goal\nperformance_factors: {job_expectations: «lacking», feedback: «lacking», environment: «lacking», motivation: «lacking»}\n---\n',
    });
  });

  it('does not report present or unknown factors, nor a lacking skills/knowledge factor', () => {
    expectSilent('non-training-factors', CLEAN);
  });
});
