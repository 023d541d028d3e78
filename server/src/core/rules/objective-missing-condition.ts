import { hasField, statementOf } from './objective-fields';
import { itemLabel, itemsOf, type Rule } from './rule';

const CONDITION_CLAUSE = /\b(?:given|using|provided with|with access to|when presented with)\b/i;

export const objectiveMissingCondition: Rule = {
  code: 'objective-missing-condition',
  defaultSeverity: 'info',
  scope: 'document',
  description: 'An objective states the condition of performance (`condition:` or a "Given ..."/"Using ..." clause).',
  check({ document, report }) {
    for (const item of itemsOf(document, 'objective')) {
      const statement = statementOf(item);
      if (!statement || hasField(item, 'condition') || CONDITION_CLAUSE.test(statement.text)) continue;
      report(item.anchor, `${itemLabel(item)} states no condition: add "condition:" or start the statement with "Given ..." or "Using ...".`);
    }
  },
};
