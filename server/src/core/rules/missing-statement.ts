import { statementOf } from './objective-fields';
import { itemLabel, itemsOf, type Rule } from './rule';

export const missingStatement: Rule = {
  code: 'missing-statement',
  defaultSeverity: 'error',
  scope: 'document',
  description: 'An objective needs a `statement` of what the learner will be able to do.',
  check({ document, report }) {
    for (const item of itemsOf(document, 'objective')) {
      if (!statementOf(item)) {
        report(item.anchor, `${itemLabel(item)} has no "statement": write what the learner will do, under what condition, and how well.`);
      }
    }
  },
};
