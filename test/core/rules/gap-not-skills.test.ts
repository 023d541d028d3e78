import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent } from '../helpers';

const goal = (skillsKnowledge: string) => CLEAN['goal.md'].replace('skills_knowledge: lacking', `skills_knowledge: ${skillsKnowledge}`);

describe('rule gap-not-skills', () => {
  it('reports `skills_knowledge: present` on that value', () => {
    const [finding] = expectReports('gap-not-skills', cleanWith({ 'goal.md': goal('«present»') }));
    assert.match(finding.message, /training will not close this gap/);
  });

  it('reports it in a goal collection, per goal', () => {
    expectReports('gap-not-skills', {
      'goals.md': '---\ntype: goal\nitems:\n  - id: G-1\n    performance_factors:\n      skills_knowledge: «present»\n  - id: G-2\n    performance_factors: {skills_knowledge: lacking}\n---\n',
    });
  });

  it('does not report a lacking or unknown skills/knowledge factor, nor a goal without factors', () => {
    expectSilent('gap-not-skills', CLEAN);
    expectSilent('gap-not-skills', cleanWith({ 'goal.md': goal('unknown') }));
    expectSilent('gap-not-skills', { 'goal.md': '---\ntype: goal\ngap: Compliance is 31%\n---\n' });
  });

  it('reads `performance_factors` only on goals', () => {
    expectSilent('gap-not-skills', { 'learners.md': '---\ntype: learners\nperformance_factors:\n  skills_knowledge: present\n---\n' });
  });
});
