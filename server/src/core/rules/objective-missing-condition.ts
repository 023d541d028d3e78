import { analyzeStatement } from '../objective-analysis';
import { hasField, objectiveLabel, statementOf } from './objective-fields';
import { itemsOf, type Rule } from './rule';

export const objectiveMissingCondition: Rule = {
  code: 'objective-missing-condition',
  defaultSeverity: 'info',
  scope: 'document',
  description: 'An objective states the condition of performance: what the learner is given or works with, or where ("condition:" or a "Given ..."/"Using ..." clause).',
  check({ document, measurability, report }) {
    for (const item of itemsOf(document, 'objective')) {
      const statement = statementOf(item);
      if (!statement || hasField(item, 'condition') || analyzeStatement(statement.text, measurability).condition) continue;
      report(item.anchor, `${objectiveLabel(item)} states no condition: add "condition:" or say what the learner is given or where, for example "Given a case scenario, ..." or "Using a MUAC tape, ...".`);
    }
  },
};
