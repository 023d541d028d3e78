import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, md } from '../helpers';

describe('rule invalid-value', () => {
  it('reports a skill `kind` outside skill/knowledge/attitude on the value', () => {
    const [finding] = expectReports('invalid-value', {
      'skills.md': '---\ntype: skill\nitems:\n  - id: SK-1\n    kind: «competency»\n  - id: SK-2\n    kind: attitude\n---\n',
    });
    assert.equal(finding.message, '"kind" must be one of "skill", "knowledge", "attitude".');
    assert.deepEqual(finding.data, { field: 'kind', allowed: ['skill', 'knowledge', 'attitude'] });
  });

  it('reports a lesson `status` that is not draft/pretested/revised, and a list given instead', () => {
    expectReports('invalid-value', {
      'lessons.md': '---\ntype: lesson\nitems:\n  - id: L-1\n    status: «done»\n  - id: L-2\n    status: «[draft]»\n  - id: L-3\n    status: revised\n---\n',
    });
  });

  it('reports a performance factor value that is not present/lacking/unknown', () => {
    expectReports('invalid-value', {
      'goal.md': md`
        ---
        type: goal
        performance_factors:
          job_expectations: «yes»
          feedback: «Lacking»
          environment: lacking
        ---
      `,
    });
  });

  it('does not check fields of other kinds (performance factors belong to the goal), nor missing fields', () => {
    expectSilent('invalid-value', CLEAN);
    expectSilent('invalid-value', { 'task.md': '---\ntype: task\nid: T-1\nkind: anything\nstatus: whatever\nperformance_factors:\n  feedback: maybe\n---\n' });
  });
});
