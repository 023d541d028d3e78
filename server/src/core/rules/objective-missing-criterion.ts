import { hasField, statementOf } from './objective-fields';
import { itemLabel, itemsOf, type Rule } from './rule';

/** Degree-of-performance wording: numbers, time limits, accuracy, standards. */
const CRITERION_CLAUSE = new RegExp([
  '\\d', '\\bwithin\\b', '\\bat least\\b', '\\bno more than\\b', '\\bwithout (?:error|errors|assistance|help|prompting)\\b',
  '\\bcorrectly\\b', '\\baccurately\\b', '\\baccording to\\b', '\\bin accordance with\\b', '\\bas (?:per|specified|described)\\b',
  '\\bper (?:the )?(?:protocol|guideline|guidelines|checklist|standard)\\b', '\\bto the standard\\b', '\\ball (?:the )?(?:steps|items)\\b',
  '\\bevery\\b', '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\\b', '\\bpercent\\b', '%',
].join('|'), 'i');

export const objectiveMissingCriterion: Rule = {
  code: 'objective-missing-criterion',
  defaultSeverity: 'info',
  scope: 'document',
  description: 'An objective states how well the learner must perform (`criterion:` or a degree in the statement).',
  check({ document, report }) {
    for (const item of itemsOf(document, 'objective')) {
      const statement = statementOf(item);
      if (!statement || hasField(item, 'criterion') || CRITERION_CLAUSE.test(statement.text)) continue;
      report(item.anchor, `${itemLabel(item)} states no criterion: add "criterion:" (how well, how fast, to what standard).`);
    }
  },
};
