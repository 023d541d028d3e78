import { performanceFactors } from './performance-factors';
import { itemsOf, type Rule } from './rule';

const INTERVENTIONS: Record<string, string> = {
  job_expectations: 'clear job descriptions and expectations',
  feedback: 'supervision and regular feedback on performance',
  environment: 'tools, supplies and a workable physical setting',
  motivation: 'incentives and recognition',
};

export const nonTrainingFactors: Rule = {
  code: 'non-training-factors',
  defaultSeverity: 'info',
  scope: 'document',
  description: 'Factors other than skills/knowledge that are lacking need non-training interventions alongside the training.',
  check({ document, report }) {
    for (const item of itemsOf(document, 'goal')) {
      for (const { factor, value, span } of performanceFactors(item)) {
        if (factor !== 'skills_knowledge' && value === 'lacking') {
          report(span, `"${factor}" is lacking, and training will not fix it: plan a coordinated non-training intervention (${INTERVENTIONS[factor]}) alongside the training.`,
            { factor });
        }
      }
    }
  },
};
