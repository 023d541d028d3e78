import { statementOf } from './objective-fields';
import { itemsOf, type Rule } from './rule';

export const objectiveNotMeasurable: Rule = {
  code: 'objective-not-measurable',
  defaultSeverity: 'warning',
  scope: 'document',
  description: 'An objective states an observable behaviour with an action verb (identify, demonstrate, perform...).',
  check({ document, measurability, report }) {
    for (const item of itemsOf(document, 'objective')) {
      const statement = statementOf(item);
      if (!statement) continue;
      const verdict = measurability.judge(statement.text);
      if (verdict.measurable) continue;
      const suggested = verdict.suggestions.map(verb => `"${verb}"`).join(', ');
      const message = verdict.reason === 'non-observable'
        ? `"${verdict.phrase}" cannot be observed or measured: say what the learner will do, for example ${suggested}.`
        : `The statement has no observable action verb: say what the learner will do, for example ${suggested}.`;
      report(statement.span, message, {
        phrase: verdict.reason === 'non-observable' ? verdict.phrase : undefined,
        suggestions: verdict.suggestions,
      });
    }
  },
};
