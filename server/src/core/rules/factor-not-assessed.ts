import { fieldOf } from '../document';
import { PERFORMANCE_FACTORS } from '../kinds';
import { performanceFactors } from './performance-factors';
import { itemsOf, type Rule } from './rule';

export const factorNotAssessed: Rule = {
  code: 'factor-not-assessed',
  defaultSeverity: 'warning',
  scope: 'document',
  description: 'Step 1 assesses all five performance factors (none `unknown` or absent) before deciding that training is the answer.',
  check({ document, report }) {
    for (const item of itemsOf(document, 'goal')) {
      const entry = fieldOf(item, 'performance_factors');
      const factors = performanceFactors(item);
      for (const { factor, value, span } of factors) {
        if (value === 'unknown') report(span, `"${factor}" is not assessed yet: find out whether it is present or lacking before deciding that training is the answer.`, { factor });
      }
      const absent = PERFORMANCE_FACTORS.filter(factor => !factors.some(found => found.factor === factor));
      if (absent.length === 0) continue;
      const names = absent.map(factor => `"${factor}"`).join(', ');
      report(entry?.keySpan ?? item.anchor, entry
        ? `${absent.length === 1 ? 'The factor' : 'The factors'} ${names} ${absent.length === 1 ? 'is' : 'are'} not assessed: say for each whether it is present or lacking.`
        : 'The five performance factors are not assessed: add "performance_factors:" and say for each whether it is present or lacking.',
      { absent });
    }
  },
};
