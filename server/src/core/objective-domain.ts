/**
 * The domain of an objective's behaviour: a performed (psychomotor) skill, a cognitive behaviour at a revised
 * Bloom level, or an attitude (affective). An explicit `level:` on the objective wins over its verb.
 */
import { fieldOf, type Item } from './document';
import { analyzeStatement } from './objective-analysis';
import type { BloomLevel } from './objective-vocabulary';
import { statementOf } from './rules/objective-fields';
import { scalarText } from './yaml-tree';

export type CognitiveLevel = Exclude<BloomLevel, 'perform'>;
export type Domain = 'psychomotor' | 'cognitive' | 'affective';


export interface ObjectiveDomain {
  domain: Domain;
  /** For cognitive objectives, the revised Bloom level when known. */
  level?: CognitiveLevel;
  /** Why: the objective's `level:` value, or the verb of its statement. */
  source: { type: 'level'; text: string } | { type: 'verb'; verb: string };
}

/** Words of a `level:` value and what they mean; old Bloom names ("comprehension", "synthesis") included. */
const LEVEL_WORDS: Readonly<Record<string, { domain: Domain; level?: CognitiveLevel }>> = {
  psychomotor: { domain: 'psychomotor' }, 'psycho-motor': { domain: 'psychomotor' }, perform: { domain: 'psychomotor' },
  procedural: { domain: 'psychomotor' }, motor: { domain: 'psychomotor' },
  attitude: { domain: 'affective' }, attitudinal: { domain: 'affective' }, affective: { domain: 'affective' },
  valuing: { domain: 'affective' },
  cognitive: { domain: 'cognitive' },
  remember: { domain: 'cognitive', level: 'remember' }, remembering: { domain: 'cognitive', level: 'remember' },
  recall: { domain: 'cognitive', level: 'remember' }, knowledge: { domain: 'cognitive', level: 'remember' },
  understand: { domain: 'cognitive', level: 'understand' }, understanding: { domain: 'cognitive', level: 'understand' },
  comprehension: { domain: 'cognitive', level: 'understand' },
  apply: { domain: 'cognitive', level: 'apply' }, applying: { domain: 'cognitive', level: 'apply' },
  application: { domain: 'cognitive', level: 'apply' },
  analyze: { domain: 'cognitive', level: 'analyze' }, analyse: { domain: 'cognitive', level: 'analyze' },
  analyzing: { domain: 'cognitive', level: 'analyze' }, analysing: { domain: 'cognitive', level: 'analyze' },
  analysis: { domain: 'cognitive', level: 'analyze' },
  evaluate: { domain: 'cognitive', level: 'evaluate' }, evaluating: { domain: 'cognitive', level: 'evaluate' },
  evaluation: { domain: 'cognitive', level: 'evaluate' },
  create: { domain: 'cognitive', level: 'create' }, creating: { domain: 'cognitive', level: 'create' },
  synthesis: { domain: 'cognitive', level: 'create' },
};

/** What a `level:` text says, from its first word that names a domain or level ("attitude (valuing)"). */
export function domainOfLevel(text: string): Omit<ObjectiveDomain, 'source'> | undefined {
  for (const word of text.toLowerCase().split(/[^a-z-]+/)) {
    const meaning = LEVEL_WORDS[word];
    if (meaning) return { ...meaning };
  }
  return undefined;
}

/**
 * The objective's domain: its `level:` when that names one; else the behaviours of its statement (objective
 * analysis). A performed skill needs a behaviour whose verb is psychomotor and nothing else ("wash", "put on",
 * "perform"): a verb that may also be cognitive work ("apply", "examine", "give", "set up") must not make a
 * rule fire, so such an objective says `level: psychomotor` to count as one.
 */
export function objectiveDomain(objective: Item): ObjectiveDomain | undefined {
  const levelText = scalarText(fieldOf(objective, 'level')?.value)?.trim();
  const fromLevel = levelText ? domainOfLevel(levelText) : undefined;
  if (fromLevel) return { ...fromLevel, source: { type: 'level', text: levelText! } };
  const statement = statementOf(objective);
  const behaviours = statement ? analyzeStatement(statement.text).behaviours.filter(behaviour => behaviour.observable) : [];
  const performed = behaviours.find(behaviour => behaviour.bloom?.every(level => level === 'perform'));
  if (performed) return { domain: 'psychomotor', source: { type: 'verb', verb: performed.lemma } };
  const [first] = behaviours;
  if (!first) return undefined;
  const source = { type: 'verb', verb: first.lemma } as const;
  if (first.domain === 'affective') return { domain: 'affective', source };
  const level = first.bloom?.find((candidate): candidate is CognitiveLevel => candidate !== 'perform');
  return { domain: 'cognitive', ...(level && { level }), source };
}

/** "its level is "psychomotor"" / "its verb "wash" names a performed skill", for messages. */
export function describeDomainSource(domain: ObjectiveDomain): string {
  return domain.source.type === 'level'
    ? `its level is "${domain.source.text}"`
    : `its verb "${domain.source.verb}" names ${withArticle(DOMAIN_LABELS[domain.domain])}`;
}

/** "a performed skill", "an attitude". */
function withArticle(label: string): string {
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

export const DOMAIN_LABELS: Readonly<Record<Domain, string>> = {
  psychomotor: 'performed skill',
  cognitive: 'cognitive behaviour',
  affective: 'attitude',
};
