import { TASK_VOCABULARY } from './kinds';

/** Extra words and phrases from `.idstudio.json` (`vocabulary`), added to the documented defaults. */
export interface VocabularySettings { infrequent: string[]; critical: string[] }

/** A phrase preceded by a negation ("not critical", "non-critical") does not count. */
const NEGATION = /\b(?:not|non|never|no)[\s-]+$/i;

/**
 * Classifies free-text task fields with the documented vocabulary (kinds.ts `TASK_VOCABULARY`) plus the
 * design's own words: whole words or phrases, any case, so "rare (twice a year)" is infrequent and
 * "high" is critical, but "rarefied" or "not critical" are not.
 */
export class Vocabulary {
  private readonly infrequent: RegExp;
  private readonly critical: RegExp;

  constructor(extra: Partial<VocabularySettings> = {}) {
    this.infrequent = phrases([...TASK_VOCABULARY.infrequent, ...(extra.infrequent ?? [])]);
    this.critical = phrases([...TASK_VOCABULARY.critical, ...(extra.critical ?? [])]);
  }

  /** Whether a task's `frequency` says it is performed rarely. */
  isInfrequent(frequency: string): boolean {
    return saysAny(frequency, this.infrequent);
  }

  /** Whether a task's `criticality` says it is highly critical. */
  isCritical(criticality: string): boolean {
    return saysAny(criticality, this.critical);
  }
}

function phrases(list: readonly string[]): RegExp {
  const alternatives = list.map(phrase => phrase.trim()).filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(phrase => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, 'gi');
}

function saysAny(text: string, pattern: RegExp): boolean {
  for (const match of text.matchAll(pattern)) {
    if (!NEGATION.test(text.slice(0, match.index))) return true;
  }
  return false;
}
