import { performanceFactors } from './performance-factors';
import { itemsOf, type Rule } from './rule';

export const gapNotSkills: Rule = {
  code: 'gap-not-skills',
  defaultSeverity: 'warning',
  scope: 'document',
  description: 'Training closes only a skills/knowledge gap: Step 1 must not say `skills_knowledge: present`.',
  check({ document, report }) {
    for (const item of itemsOf(document, 'goal')) {
      for (const { factor, value, span } of performanceFactors(item)) {
        if (factor === 'skills_knowledge' && value === 'present') {
          report(span, 'Workers already have the skills and knowledge, so training will not close this gap: address the lacking factors with other interventions, or revisit the gap analysis.');
        }
      }
    }
  },
};
