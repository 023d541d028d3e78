import { performanceFactors, plannedInterventions } from './performance-factors';
import { itemsOf, type Rule } from './rule';

/** Examples of what each factor's intervention is about (Learning for Performance, Box 3). */
export const INTERVENTION_EXAMPLES: Readonly<Record<string, string>> = {
  job_expectations: 'clear job descriptions and expectations',
  feedback: 'supervision and regular feedback on performance',
  environment: 'tools, supplies and a workable physical setting',
  motivation: 'incentives and recognition',
};

export const nonTrainingFactors: Rule = {
  code: 'non-training-factors',
  defaultSeverity: 'warning',
  scope: 'document',
  description: 'A lacking factor other than skills/knowledge needs a non-training intervention planned under `interventions:`, coordinated with the training.',
  check({ document, report }) {
    for (const item of itemsOf(document, 'goal')) {
      const planned = plannedInterventions(item);
      for (const { factor, value, span } of performanceFactors(item)) {
        if (factor === 'skills_knowledge' || value !== 'lacking' || planned.has(factor)) continue;
        report(span, `"${factor}" is lacking, and training will not fix it: plan a coordinated non-training intervention (${INTERVENTION_EXAMPLES[factor]}) under "interventions:".`,
          { factor });
      }
    }
  },
};
