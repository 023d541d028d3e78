import { analyzeStatement } from '../objective-analysis';
import { hasField, objectiveLabel, statementOf } from './objective-fields';
import { itemsOf, type Rule } from './rule';

export const objectiveMissingCriterion: Rule = {
  code: 'objective-missing-criterion',
  defaultSeverity: 'info',
  scope: 'document',
  description: 'An objective states how well the learner must perform: accuracy, speed, a count correct, a standard or checklist, an observer ("criterion:" or a degree in the statement).',
  check({ document, measurability, report }) {
    for (const item of itemsOf(document, 'objective')) {
      const statement = statementOf(item);
      if (!statement || hasField(item, 'criterion') || analyzeStatement(statement.text, measurability).criterion) continue;
      report(item.anchor, `${objectiveLabel(item)} states no criterion: add "criterion:" or say how well, for example "with no errors", "within 2 minutes" or "according to the checklist".`);
    }
  },
};
