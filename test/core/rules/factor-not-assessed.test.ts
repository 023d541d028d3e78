import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, md } from '../helpers';

describe('rule factor-not-assessed', () => {
  it('reports each unknown factor on its value', () => {
    const found = expectReports('factor-not-assessed', {
      'goal.md': md`
        ---
        type: goal
        performance_factors:
          job_expectations: «unknown»
          feedback: present
          environment: lacking
          motivation: «unknown»
          skills_knowledge: lacking
        ---
      `,
    });
    assert.equal(found[0].message, '"job_expectations" is not assessed yet: find out whether it is present or lacking before deciding that training is the answer.');
  });

  it('reports absent factors once, on the performance_factors key, naming them', () => {
    const [finding] = expectReports('factor-not-assessed', {
      'goal.md': '---\ntype: goal\n«performance_factors»:\n  skills_knowledge: lacking\n  feedback: present\n  motivation:\n---\n',
    });
    assert.equal(finding.message, 'The factors "job_expectations", "environment", "motivation" are not assessed: say for each whether it is present or lacking.');
    assert.deepEqual(finding.data, { absent: ['job_expectations', 'environment', 'motivation'] });
  });

  it('names a single absent factor in the singular, and says which factor is unknown in its data', () => {
    const found = expectReports('factor-not-assessed', {
      'goal.md': '---\ntype: goal\n«performance_factors»:\n  job_expectations: present\n  feedback: present\n  environment: «unknown»\n  motivation: present\n---\n',
    });
    assert.deepEqual(found.map(finding => [finding.message, finding.data]), [
      ['The factor "skills_knowledge" is not assessed: say for each whether it is present or lacking.', { absent: ['skills_knowledge'] }],
      ['"environment" is not assessed yet: find out whether it is present or lacking before deciding that training is the answer.', { factor: 'environment' }],
    ]);
  });

  it('reports a goal without performance factors on its id (or type line)', () => {
    const [finding] = expectReports('factor-not-assessed', { 'goal.md': '---\ntype: goal\nid: «GOAL-1»\ngoal: Nurses wash hands\n---\n' });
    assert.equal(finding.message, 'The five performance factors are not assessed: add "performance_factors:" and say for each whether it is present or lacking.');
    expectReports('factor-not-assessed', { 'goal.md': '---\n«type: goal»\n---\n' });
  });

  it('does not report a goal with all five factors present or lacking, nor other kinds', () => {
    expectSilent('factor-not-assessed', CLEAN);
  });
});
