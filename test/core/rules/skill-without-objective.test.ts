import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

describe('rule skill-without-objective', () => {
  it('reports a skill no objective references on its id, even when a task lists it', () => {
    const [finding] = expectReports('skill-without-objective', cleanWith({
      'skills.md': md`
        ---
        type: skill
        items:
          - id: SK-HH-rub
            tasks: [T-HH]
          - id: «K-HH-moments»
            kind: knowledge
            tasks: [T-HH]
        ---
      `,
      'tasks.md': '---\ntype: task\nid: T-HH\nskills: [SK-HH-rub, K-HH-moments]\n---\n',
    }));
    assert.match(finding.message, /^No objective references skill "K-HH-moments"/);
    assert.deepEqual(finding.data, { id: 'K-HH-moments' });
  });

  it('is satisfied by any objective in the design, however many skills it lists', () => {
    expectSilent('skill-without-objective', CLEAN);
    expectSilent('skill-without-objective', cleanWith({
      'skill-2.md': '---\ntype: skill\nid: K-HH-moments\n---\n',
      'objective.md': CLEAN['objective.md'].replace('skills: [SK-HH-rub]', 'skills:\n  - SK-HH-rub\n  - K-HH-moments'),
    }));
  });
});
