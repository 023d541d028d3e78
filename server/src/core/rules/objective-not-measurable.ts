import { analyzeStatement, type VaguePhrase } from '../objective-analysis';
import { quotedList, sourceSpanOf, statementOf } from './objective-fields';
import { itemsOf, type Rule } from './rule';

/** Why a phrase cannot be observed, as the message says it. */
function messageFor(vague: VaguePhrase): string {
  const phrase = vague.phrase.replace(/\s+/g, ' ');
  const instead = `say what the learner will do, for example ${quotedList(vague.suggestions)}`;
  switch (vague.reason) {
    case 'no-behaviour':
      return `The statement names no behaviour the learner will perform: start it with an action verb, for example ${quotedList(vague.suggestions)}.`;
    case 'trainer-centred':
      return `"${phrase}" says what the training does, not what the learner will do: rewrite it around the learner's action, for example ${quotedList(vague.suggestions)}.`;
    case 'state':
      return `"${phrase}" is a state of mind, which cannot be observed: ${instead}.`;
    case 'capacity':
      return `"${phrase}" names knowledge or ability, not a behaviour that shows it: ${instead}.`;
    default:
      return `"${phrase}" cannot be observed or measured: ${instead}.`;
  }
}

export const objectiveNotMeasurable: Rule = {
  code: 'objective-not-measurable',
  defaultSeverity: 'warning',
  scope: 'document',
  description: 'An objective states an observable behaviour with an action verb (identify, demonstrate, perform...); the diagnostic sits on the verb or phrase that cannot be observed.',
  check({ document, measurability, report }) {
    for (const item of itemsOf(document, 'objective')) {
      const statement = statementOf(item);
      if (!statement) continue;
      const analysis = analyzeStatement(statement.text, measurability);
      for (const vague of analysis.vague) {
        const replaceable = vague.reason !== 'no-behaviour' && vague.reason !== 'trainer-centred';
        const span = vague.reason === 'no-behaviour' ? statement.span : sourceSpanOf(document, statement, vague.span);
        // "is familiar with" → "describes": a third-person verb is replaced by a third-person verb.
        const verb = analysis.behaviours.find(behaviour => behaviour.span.start === vague.span.start);
        const thirdPerson = verb !== undefined && verb.verb.toLowerCase() !== verb.lemma && /s$/i.test(verb.verb);
        report(span, messageFor(vague), {
          phrase: vague.reason === 'no-behaviour' ? undefined : vague.phrase,
          reason: vague.reason,
          suggestions: vague.suggestions,
          ...(replaceable && { replaceable }),
          ...(thirdPerson && { thirdPerson }),
        });
      }
    }
  },
};
