/**
 * The quick reading of a plain objective statement, without the tagger: "[Given ..., ] [the <learner>
 * will [be able to]] [adverb] <known verb> ...". Most statements in a finished design read like this, and
 * loading and running the tagger on each would slow a check down several times. Whenever the statement
 * holds a word that the full reading treats specially (a vague verb or noun, "be", a course noun, a colon,
 * a second sentence...) or departs from the plain shape, the quick reading declines and the tagger reads it.
 * Verbs such as "demonstrate" or "develop" are vague only with a capacity noun, which is itself special.
 */
import {
  CAPACITY_NOUNS, COURSE_NOUNS, INTERNAL_STATE_VERBS, KNOWING_NOUNS, LEARNER_NOUNS, STATE_ADJECTIVES, VAGUE_ONLY_BEFORE,
  WORTH_NOUNS, normalizeSpelling, suggestionsFor, type ObjectiveVocabulary,
} from './objective-vocabulary';

const VAGUE_ONLY_BEFORE_KEYS = Object.keys(VAGUE_ONLY_BEFORE);
import type { Span } from './types';

/** What the quick reading found: the behaviours' verbs, their lemmas and spans. */
export interface QuickBehaviour { verb: string; lemma: string; span: Span; observable: boolean }
/** A plain vague head ("the nurse will know ...", "will be familiar with ..."), as the full reading reports it. */
export interface QuickVague { phrase: string; span: Span; reason: 'internal-state' | 'state'; suggestions: string[] }

interface Word extends Span { lower: string; text: string }

const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*|[,;:.()!?"“”[\]{}<>/\\|`*_#@&+=~^$-]/g;
const LEADING_CONDITION = new Set(['given', 'using', 'with', 'without', 'provided', 'presented']);
const DETERMINERS = new Set(['the', 'a', 'an', 'each', 'every', 'all']);
const MODALS = new Set(['will', 'should', 'must', 'can', 'shall']);
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'because',
  'since', 'if', 'when', 'how', 'why', 'whether', 'so', 'until', 'unless', 'what', 'than']);
const COORDINATORS = new Set(['and', 'or', 'and/or', '&', 'then', 'but']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'your', 'our', 'all', 'each', 'every',
  'any', 'some', 'this', 'these', 'those', 'that', 'other', 'both']);
/** Words the full reading treats specially: any of their forms sends a statement to the tagger. */
const SPECIAL_WORDS = [...Object.keys(INTERNAL_STATE_VERBS), ...Object.keys(CAPACITY_NOUNS), ...Object.keys(STATE_ADJECTIVES),
  ...KNOWING_NOUNS, ...COURSE_NOUNS, ...VAGUE_ONLY_BEFORE_KEYS,
  'be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', 'become', 'became', 'get', 'got', 'has', 'have', 'had',
  'there', 'recognize', 'importance', 'following', 'not', 'understood', 'knew', 'known', 'learnt', 'felt', 'thought',
  'taught', 'gotten'];
/**
 * The forms a special word may take in a statement. This is a gate, not a lemmatiser: a form it adds by
 * mistake only sends one more statement to the tagger, which reads it properly.
 */
const SPECIAL_FORMS = new Set(SPECIAL_WORDS.flatMap(word => [word, `${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${word}ing`,
  `${word.replace(/e$/, '')}ing`, `${word.replace(/y$/, '')}ies`, `${word.replace(/y$/, '')}ied`]));
const MAX_SUBJECT_WORDS = 5;

/** The behaviours of a plain statement, or undefined when the statement needs the full reading. */
export function readQuickly(text: string, vocabulary: ObjectiveVocabulary): { behaviours: QuickBehaviour[]; vague: QuickVague[] } | undefined {
  if (vocabulary.configuredVague.length > 0) return undefined;
  const words: Word[] = [...text.matchAll(WORD)].map(match => ({
    start: match.index, end: match.index + match[0].length, text: match[0], lower: match[0].toLowerCase(),
  }));
  // One plain sentence: no special word, no label, no second sentence.
  const oneSentence = words.every((word, index) => word.lower !== '.' || index === words.length - 1);
  if (!oneSentence || words.some(word => word.lower === ':' || word.lower === ';')) return undefined;
  const head = headOf(words, vocabulary);
  if (!head) return undefined;
  if (!head.behaviour.observable) {
    // "understand the importance of ..." and configured exceptions are for the full reading.
    const next = words[words.findIndex(word => word.start === head.behaviour.span.start) + 1];
    const after = words[words.findIndex(word => word.start === head.behaviour.span.start) + 2];
    if (vocabulary.isConfiguredObservable(head.behaviour.lemma) || (next?.lower === 'the' && WORTH_NOUNS.includes(after?.lower ?? ''))
      || UNSURE_AFTER_VAGUE.has(next?.lower ?? '')) return undefined;
  }
  const vague = vagueHead(text, words, head);
  const vagueWords = vague ? words.filter(word => word.start >= vague.span.start && word.end <= vague.span.end) : [];
  if (words.some(word => isSpecial(word.lower) && !vagueWords.includes(word))) return undefined;
  const behaviours = [head.behaviour];
  // As the full reading does: a clause opener or "to <verb>" starts a subordinate clause, after which only
  // ", and <verb>" returns to the learner's behaviours.
  let inClause = false;
  const from = vague ? words.findIndex(word => word.end === vague.span.end) : head.end;
  for (let next = from + 1; next < words.length; next++) {
    const word = words[next];
    if (word.lower === '.') break;
    if (CLAUSE_OPENERS.has(word.lower)) inClause = true;
    if (word.lower === 'to' && verbAt(words, next + 1, vocabulary) && !COORDINATORS.has(words[next - 1]?.lower ?? '')) inClause = true;
    if (!COORDINATORS.has(word.lower) && word.lower !== ',') continue;
    if (inClause && !(word.lower === ',' && COORDINATORS.has(words[next + 1]?.lower ?? ''))) continue;
    let candidate = next + 1;
    while (words[candidate] && (COORDINATORS.has(words[candidate].lower) || words[candidate].lower === ',' || words[candidate].lower === 'to'
      || (/ly$/.test(words[candidate].lower) && !vocabulary.isKnownVerb(words[candidate].lower)))) candidate++;
    const coordinated = verbAt(words, candidate, vocabulary);
    if (coordinated) { behaviours.push(coordinated.behaviour); next = coordinated.end; continue; }
    // A word the vocabulary does not know may still be a verb ("obtain and convey"): the tagger decides.
    if (words[candidate] && !FUNCTION_WORDS.has(words[candidate].lower) && !/^\d/.test(words[candidate].lower)) return undefined;
  }
  return { behaviours, vague: vague ? [vague] : [] };
}

const PREPOSITIONS = new Set(['of', 'about', 'to', 'on', 'in', 'with', 'that', 'how', 'from', 'into', 'upon', 'at']);
/** Words after which the full reading's phrase end depends on the tagger: the tagger decides. */
const UNSURE_AFTER_VAGUE = new Set(['why', 'what', 'when', 'where', 'whether', 'which', 'who', 'for', 'by', 'as']);

/** "know", "learn about", "be familiar with" at the head: the phrase the full reading reports, or undefined. */
function vagueHead(text: string, words: readonly Word[], head: { behaviour: QuickBehaviour; end: number }): QuickVague | undefined {
  if (head.behaviour.observable) return undefined;
  const index = words.findIndex(word => word.start === head.behaviour.span.start);
  const lemma = head.behaviour.lemma;
  const state = lemma === 'be';
  const last = state ? index + 2 : PREPOSITIONS.has(words[index + 1]?.lower ?? '') ? index + 1 : index;
  const span = { start: words[index].start, end: words[last].end };
  const key = state ? words[index + 1].lower : lemma;
  return { phrase: text.slice(span.start, span.end), span, reason: state ? 'state' : 'internal-state', suggestions: suggestionsFor(key) };
}

/** A vague verb in base form at the head: an internal state ("know"), or "be" with a state ("be familiar with"). */
function vagueVerbAt(words: readonly Word[], index: number): { behaviour: QuickBehaviour; end: number } | undefined {
  const word = words[index];
  if (!word) return undefined;
  const lemma = normalizeSpelling(word.lower);
  // "feel" is read as a copula by the full reading ("feel confident in"): not plain.
  const plainState = INTERNAL_STATE_VERBS[lemma] !== undefined && !VAGUE_ONLY_BEFORE[lemma] && lemma !== 'feel';
  const beState = lemma === 'be' && STATE_ADJECTIVES[words[index + 1]?.lower ?? ''] !== undefined
    && ['with', 'of', 'to', 'in', 'about', 'on'].includes(words[index + 2]?.lower ?? '');
  if (!plainState && !beState) return undefined;
  return { behaviour: { verb: word.text, lemma, span: { start: word.start, end: word.end }, observable: false }, end: index };
}

/** The first behaviour: after a leading condition ("Given soap, water and a sink, ") and the learner. */
function headOf(words: readonly Word[], vocabulary: ObjectiveVocabulary): { behaviour: QuickBehaviour; end: number } | undefined {
  const starts = LEADING_CONDITION.has(words[0]?.lower ?? '')
    ? words.flatMap((word, index) => (word.lower === ',' ? [index + 1] : []))
    : [0];
  for (const start of starts) {
    let index = afterSubject(words, start);
    if (index < 0) continue;
    while (words[index] && /ly$/.test(words[index].lower) && !vocabulary.isKnownVerb(words[index].lower)) index++;
    const head = vagueVerbAt(words, index) ?? verbAt(words, index, vocabulary);
    if (head) return head;
  }
  return undefined;
}

/** A British -is-/-ys- form ("recognised", "analysing"), spelt with z to find it among the special forms. */
const BRITISH_S_FORM = /([iy])s(e|es|ed|ing)$/;

function isSpecial(lower: string): boolean {
  if (SPECIAL_FORMS.has(lower)) return true;
  // Tested before any respelling: a statement has many words, and few end like this.
  const british = BRITISH_S_FORM.exec(lower);
  return british !== null && SPECIAL_FORMS.has(`${lower.slice(0, british.index)}${british[1]}z${british[2]}`);
}

/** Steps over "the <learner> will [be able to]" (the learner noun right before the modal), or returns -1. */
function afterSubject(words: readonly Word[], index: number): number {
  const first = words[index]?.lower ?? '';
  if (!DETERMINERS.has(first)) return index;
  const modal = words.findIndex((word, at) => at > index && MODALS.has(word.lower));
  if (modal === -1 || modal - index > MAX_SUBJECT_WORDS || !LEARNER_NOUNS.has(words[modal - 1].lower)) return -1;
  if (words.slice(index, modal).some(word => !/^[a-z]+$/.test(word.lower))) return -1;
  return modal + 1;
}

/** A known verb in its base form at `index`, with a particle when the pair is known ("put on", "set up"). */
function verbAt(words: readonly Word[], index: number, vocabulary: ObjectiveVocabulary): { behaviour: QuickBehaviour; end: number } | undefined {
  const word = words[index];
  if (!word) return undefined;
  const lemma = normalizeSpelling(word.lower);
  const particle = words[index + 1];
  const phrasal = particle && vocabulary.isKnownVerb(`${lemma} ${particle.lower}`) ? `${lemma} ${particle.lower}` : undefined;
  if (!phrasal && !vocabulary.isKnownVerb(lemma)) return undefined;
  const last = phrasal ? particle : word;
  return {
    behaviour: { verb: phrasal ? `${word.text} ${particle.text}` : word.text, lemma: phrasal ?? lemma, span: { start: word.start, end: last.end }, observable: true },
    end: phrasal ? index + 1 : index,
  };
}
