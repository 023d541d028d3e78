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
    assert.equal(found[1].message, '"environment" is lacking, and training will not fix it: plan a coordinated non-training intervention (tools, supplies and a workable physical setting) under "interventions:".');
  });

  it('reports every kind of lacking factor in a flow map', () => {
    expectReports('non-training-factors', {
      'goal.md': '---\ntype: goal\nperformance_factors: {job_expectations: «lacking», feedback: «lacking», environment: «lacking», motivation: «lacking»}\n---\n',
    });
  });

  it('is satisfied by a planned intervention for the factor (text or list), and only for that factor', () => {
    expectReports('non-training-factors', {
      'goal.md': md`
        ---
        type: goal
        performance_factors:
          job_expectations: present
          feedback: «lacking»
          environment: lacking
          motivation: lacking
          skills_knowledge: lacking
        interventions:
          environment: Pharmacies produce hand rub locally
          motivation:
            - Monthly recognition of the best ward
          feedback: []
        ---
      `,
    });
  });

  it('is not satisfied by an empty intervention or one for another factor', () => {
    expectReports('non-training-factors', {
      'goal.md': '---\ntype: goal\nperformance_factors: {environment: «lacking», feedback: «lacking»}\ninterventions:\n  environment:\n  motivation: Recognition\n---\n',
    });
  });

  it('does not report present or unknown factors, nor a lacking skills/knowledge factor', () => {
    expectSilent('non-training-factors', CLEAN);
  });
});
