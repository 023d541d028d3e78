/**
 * Reads an objective statement the way an instructional designer does: the learner's behaviour(s) — the
 * statement's main verb(s), found with a part-of-speech tagger (compromise) after the lead-in, adverbs and a
 * leading condition — and what in it cannot be observed. Condition and criterion are read by
 * `objective-standards.ts`. Pure: no editor, file-system or protocol imports.
 */
import type { Span } from './types';
import { readCondition, readCriterion, type StatementPart } from './objective-standards';
import { tagStatement, verbReading, type Token } from './objective-tagger';
import {
  CAPACITY_NOUNS, CAPACITY_USING_VERBS, CAPACITY_VERBS, COURSE_NOUNS, GENERAL_SUGGESTIONS, INTERNAL_STATE_VERBS,
  ObjectiveVocabulary, suggestionsFor, type BehaviourDomain, type BloomLevel,
} from './objective-vocabulary';

export interface Behaviour {
  /** The verb as written ("Recognise", "puts on"). */
  verb: string;
  /** Its American base form ("recognize", "put on"). */
  lemma: string;
  span: Span;
  observable: boolean;
  bloom?: BloomLevel[];
  domain?: BehaviourDomain;
}

export type VagueReason = 'internal-state' | 'capacity' | 'state' | 'trainer-centred' | 'no-behaviour' | 'configured';

export interface VaguePhrase {
  /** The phrase as written ("demonstrate an understanding of"); the whole statement when it has no behaviour. */
  phrase: string;
  span: Span;
  reason: VagueReason;
  /** Measurable verbs to put in its place. */
  suggestions: string[];
}

export interface StatementAnalysis {
  behaviours: Behaviour[];
  vague: VaguePhrase[];
  condition?: StatementPart;
  criterion?: StatementPart;
}

const DEFAULT_VOCABULARY = new ObjectiveVocabulary();
/** Analyses are kept per text: an edit re-checks a document, and most of its statements did not change. */
const MAX_CACHED = 4000;
const cache = new WeakMap<ObjectiveVocabulary, Map<string, StatementAnalysis>>();

/** The behaviours, vague phrases, condition and criterion of an objective statement; spans are offsets in `text`. */
export function analyzeStatement(text: string, vocabulary: ObjectiveVocabulary = DEFAULT_VOCABULARY): StatementAnalysis {
  let analyses = cache.get(vocabulary);
  if (!analyses) cache.set(vocabulary, analyses = new Map());
  const known = analyses.get(text);
  if (known) return known;
  const analysis = analyze(text, vocabulary);
  if (analyses.size >= MAX_CACHED) analyses.delete(analyses.keys().next().value!);
  analyses.set(text, analysis);
  return analysis;
}

function analyze(text: string, vocabulary: ObjectiveVocabulary): StatementAnalysis {
  const tokens = tagStatement(text);
  const reader = new BehaviourReader(text, tokens, vocabulary);
  reader.read();
  const vague = [...reader.vague, ...configuredVague(text, tokens, vocabulary, reader.vague)];
  if (reader.behaviours.length === 0 && vague.length === 0) {
    vague.push({ phrase: text.trim(), span: trimmedSpan(text), reason: 'no-behaviour', suggestions: [...GENERAL_SUGGESTIONS] });
  }
  return {
    behaviours: reader.behaviours, vague: vague.sort((a, b) => a.span.start - b.span.start),
    condition: readCondition(text, tokens), criterion: readCriterion(text, tokens),
  };
}

/** Words that start a leading clause before the behaviour: "Given ..., ", "On completing this module, ". */
const LEADING_CLAUSE = new Set(['given', 'using', 'with', 'without', 'on', 'upon', 'by', 'at', 'after', 'before',
  'during', 'following', 'in', 'from', 'when', 'if', 'once', 'having', 'through', 'under', 'provided', 'as', 'for',
  'within', 'while', 'throughout', 'following', 'when']);
/** Words after which the verb that follows is subordinate, not another behaviour. */
const SUBORDINATE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'because', 'since',
  'if', 'when', 'how', 'why', 'whether', 'so', 'by', 'through', 'until', 'unless', 'what', 'than', 'via', 'for',
  'including', 'such']);
const COORDINATORS = new Set(['and', 'or', 'and/or', '&', 'then', 'but']);
/** Labels of a structured statement ("Given: ... Action: ... Criterion: ..."): only "Action" holds the behaviour. */
const PART_LABELS = new Set(['given', 'condition', 'conditions', 'criterion', 'criteria', 'standard', 'standards']);
/** "able to", "trained to": adjectives and participles that lead in to the behaviour. */
const LEAD_IN_WORDS = new Set(['able', 'trained', 'expected', 'required', 'prepared', 'ready', 'asked', 'taught',
  'ability', 'abilities', 'expectation', 'competent', 'capable']);
const RECOGNIZE_WHAT = new Set(['that', 'how', 'why', 'importance', 'value', 'need', 'limitations', 'limits', 'role',
  'significance', 'relevance', 'contribution', 'necessity', 'benefits', 'impact', 'complexity', 'diversity']);
const COPULAS = new Set(['be', 'become', 'remain', 'seem', 'feel', 'get', 'stay']);

/** Walks the tagged statement clause by clause and collects behaviours and vague phrases. */
class BehaviourReader {
  readonly behaviours: Behaviour[] = [];
  readonly vague: VaguePhrase[] = [];

  constructor(private readonly text: string, private readonly tokens: readonly Token[], private readonly vocabulary: ObjectiveVocabulary) {}

  read(): void {
    for (const sentence of sentencesOf(this.tokens)) {
      if (PART_LABELS.has(sentence[0]?.lower ?? '') && sentence[1]?.lower === ':') continue;
      this.readSentence(sentence);
      if (this.behaviours.length > 0 || this.vague.length > 0) return;
    }
  }

  private readSentence(sentence: readonly Token[]): void {
    const start = behaviourStart(sentence);
    const head = this.findHead(sentence, start);
    if (head === undefined) {
      const capacity = sentence.findIndex(token => CAPACITY_NOUNS[token.lower] && token.lower !== 'ability' && token.lower !== 'abilities');
      if (capacity !== -1) this.addVague(sentence, capacity, nounPhraseEnd(sentence, capacity), 'capacity', suggestionsFor(sentence[capacity].lower));
      return;
    }
    if (isCourseSubject(sentence, start, head)) {
      this.addVague(sentence, subjectStart(sentence, start, head), leadInEnd(sentence, head), 'trainer-centred', [...GENERAL_SUGGESTIONS]);
      return;
    }
    if (sentence[start]?.lower === 'to' && isTrainerVerb(sentence[head])) {
      this.addVague(sentence, start, head, 'trainer-centred', [...GENERAL_SUGGESTIONS]);
      return;
    }
    if (head > start && CAPACITY_NOUNS[sentence[start].lower] && !LEAD_IN_WORDS.has(sentence[start].lower)) {
      this.addVague(sentence, start, start, 'capacity', suggestionsFor(sentence[start].lower));
    }
    let current: number | undefined = head;
    while (current !== undefined) {
      const end = this.judge(sentence, current);
      current = this.nextCoordinated(sentence, current, end);
    }
  }

  /** The first main verb from `start`: subjects, modals, "be able to", adverbs stepped over. */
  private findHead(sentence: readonly Token[], start: number): number | undefined {
    for (let index = start; index < sentence.length; index++) {
      const token = sentence[index];
      if (token.lower === ':' && index > start) continue;
      if (isPunctuation(token) && token.lower !== ':' ) {
        if (token.lower === ',' || token.lower === '(' || token.lower === ')') continue;
        return undefined;
      }
      if (token.lower === 'to' || token.tags.has('Modal') || token.tags.has('Adverb') || token.lower === 'not') continue;
      if (COPULAS.has(lemmaOf(token)) && isLeadIn(sentence, index + 1)) { index = skipLeadIn(sentence, index + 1); continue; }
      if (LEAD_IN_WORDS.has(token.lower) && sentence[index + 1]?.lower === 'to') { index++; continue; }
      if (COPULAS.has(lemmaOf(token)) && sentence[index + 1]?.lower === ':') continue;
      if (this.isVerbAt(sentence, index, start)) return index;
      if (SUBORDINATE.has(token.lower) && index > start) return undefined;
    }
    return undefined;
  }

  private isVerbAt(sentence: readonly Token[], index: number, start: number): boolean {
    const token = sentence[index];
    if (token.tags.has('Auxiliary') && !COPULAS.has(lemmaOf(token))) return false;
    // "Nurses will ...": a word followed by a modal or "are" is the subject, whatever the tagger thought.
    const next = sentence[index + 1];
    if (next && (next.tags.has('Modal') || (next.tags.has('Copula') && index === firstWord(sentence, start)))) return false;
    if (token.tags.has('Verb') && !token.tags.has('PastTense') && !token.tags.has('Participle')) {
      return !(token.tags.has('Gerund') && index > firstWord(sentence, start));
    }
    // A tagger reads a sentence-initial imperative ("Load the data") as a noun; in the verb slot, a word
    // that can be a verb is one.
    if (index === firstWord(sentence, start) && !token.tags.has('Determiner') && !token.tags.has('Pronoun')) {
      return this.vocabulary.isKnownVerb(lemmaOf(token)) || this.vocabulary.isConfiguredObservable(lemmaOf(token)) || verbReading(token);
    }
    return false;
  }

  /** Judges the verb at `index`; returns the index of the last token of its phrase. */
  private judge(sentence: readonly Token[], index: number): number {
    const token = sentence[index];
    const lemma = lemmaOf(token);
    const particle = sentence[index + 1];
    const phrasal = particle && (particle.tags.has('Particle') || ['up', 'out', 'on', 'off'].includes(particle.lower))
      && this.vocabulary.isKnownVerb(`${lemma} ${particle.lower}`) ? `${lemma} ${particle.lower}` : undefined;
    const verbLemma = phrasal ?? lemma;
    const end = phrasal ? index + 1 : index;
    if (this.vocabulary.isConfiguredObservable(verbLemma)) return this.addBehaviour(sentence, index, end, verbLemma);
    const vagueEnd = this.vagueEnd(sentence, index, lemma);
    if (vagueEnd !== undefined) {
      const reason: VagueReason = COPULAS.has(lemma) ? 'state' : INTERNAL_STATE_VERBS[lemma] ? 'internal-state' : 'capacity';
      const key = COPULAS.has(lemma) ? sentence[nextWord(sentence, index)]?.lower ?? lemma : capacityNounIn(sentence, index, vagueEnd) ?? lemma;
      this.addVague(sentence, index, vagueEnd, reason, suggestionsFor(key));
      this.behaviours.push(this.behaviourOf(sentence, index, end, verbLemma, false));
      return vagueEnd;
    }
    return this.addBehaviour(sentence, index, end, verbLemma);
  }

  /** Where the non-observable phrase that starts at the verb ends, or undefined when the verb is observable. */
  private vagueEnd(sentence: readonly Token[], index: number, lemma: string): number | undefined {
    if (COPULAS.has(lemma)) return withPreposition(sentence, nounPhraseEnd(sentence, nextWord(sentence, index)));
    if (lemma === 'recognize' || lemma === 'identify') {
      const next = sentence[nextWord(sentence, index, true)];
      if (lemma === 'recognize' && next && RECOGNIZE_WHAT.has(next.lower)) return withPreposition(sentence, sentence.indexOf(next));
      return undefined;
    }
    if (INTERNAL_STATE_VERBS[lemma]) return withPreposition(sentence, index);
    if (CAPACITY_VERBS.has(lemma) && !CAPACITY_USING_VERBS.has(lemma)) {
      const noun = capacityNounAfter(sentence, index);
      if (noun === undefined) return undefined;
      const word = sentence[noun].lower;
      if ((word === 'ability' || word === 'abilities' || word === 'capacity') && sentence[noun + 1]?.lower === 'to' && !['extend', 'enhance', 'improve', 'increase', 'develop', 'build', 'strengthen'].includes(lemma)) return undefined;
      return withPreposition(sentence, noun);
    }
    return undefined;
  }

  /** The next behaviour joined to this one ("Load and plot", "Create, modify and print"), if any. */
  private nextCoordinated(sentence: readonly Token[], head: number, from: number): number | undefined {
    const headToken = sentence[head];
    for (let index = from + 1; index < sentence.length; index++) {
      const token = sentence[index];
      if (token.lower === ';' || token.lower === '.' || token.lower === ':' || SUBORDINATE.has(token.lower)) return undefined;
      if (token.lower === 'to' && sentence[index + 1]?.tags.has('Verb')) return undefined;
      if (!COORDINATORS.has(token.lower) && token.lower !== ',') continue;
      let next = index + 1;
      while (sentence[next] && (sentence[next].tags.has('Adverb') || COORDINATORS.has(sentence[next].lower) || sentence[next].lower === ',')) next++;
      const candidate = sentence[next];
      if (candidate && this.isCoordinatedVerb(headToken, candidate)) return next;
    }
    return undefined;
  }

  private isCoordinatedVerb(head: Token, candidate: Token): boolean {
    const lemma = lemmaOf(candidate);
    const thirdPerson = head.lower !== lemmaOf(head).split(' ')[0] && head.lower.endsWith('s');
    const sameForm = thirdPerson ? candidate.lower.endsWith('s') && candidate.tags.has('PresentTense') : candidate.lower === lemma || normalizeSpelling(candidate.lower) === lemma;
    if (!sameForm || candidate.tags.has('Determiner') || candidate.tags.has('Adjective') && !this.vocabulary.isKnownVerb(lemma)) return false;
    if (candidate.tags.has('Verb') && !candidate.tags.has('Gerund') && !candidate.tags.has('PastTense')) return true;
    return this.vocabulary.isKnownVerb(lemma) || this.vocabulary.isConfiguredObservable(lemma) || INTERNAL_STATE_VERBS[lemma] !== undefined;
  }

  private addBehaviour(sentence: readonly Token[], index: number, end: number, lemma: string): number {
    this.behaviours.push(this.behaviourOf(sentence, index, end, lemma, true));
    return end;
  }

  private behaviourOf(sentence: readonly Token[], index: number, end: number, lemma: string, observable: boolean): Behaviour {
    const span = { start: sentence[index].start, end: sentence[end].end };
    const behaviour: Behaviour = { verb: this.text.slice(span.start, span.end), lemma, span, observable };
    const bloom = observable ? this.vocabulary.bloomOf(lemma) : undefined;
    if (bloom) behaviour.bloom = bloom;
    const domain = observable ? this.vocabulary.domainOf(lemma) : INTERNAL_STATE_VERBS[lemma] ? 'cognitive' : undefined;
    if (domain) behaviour.domain = domain;
    return behaviour;
  }

  private addVague(sentence: readonly Token[], first: number, last: number, reason: VagueReason, suggestions: string[]): void {
    const span = { start: sentence[first].start, end: sentence[Math.max(first, last)].end };
    this.vague.push({ phrase: this.text.slice(span.start, span.end), span, reason, suggestions });
  }
}

/** Configured non-observable phrases anywhere in the statement, unless already reported there. */
function configuredVague(text: string, tokens: readonly Token[], vocabulary: ObjectiveVocabulary, found: readonly VaguePhrase[]): VaguePhrase[] {
  const result: VaguePhrase[] = [];
  for (const { words } of vocabulary.configuredVague) {
    for (let index = 0; index + words.length <= tokens.length; index++) {
      const matches = words.every((word, offset) => tokens[index + offset].lower === word || lemmaOf(tokens[index + offset]) === word);
      if (!matches) continue;
      const span = { start: tokens[index].start, end: tokens[index + words.length - 1].end };
      if (found.some(phrase => phrase.span.start <= span.start && span.end <= phrase.span.end)) continue;
      if (result.some(phrase => phrase.span.start <= span.start && span.end <= phrase.span.end)) continue;
      result.push({ phrase: text.slice(span.start, span.end), span, reason: 'configured', suggestions: [...GENERAL_SUGGESTIONS] });
    }
  }
  return result;
}

function sentencesOf(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [[]];
  for (const token of tokens) {
    sentences[sentences.length - 1].push(token);
    if (token.lower === '.' || token.lower === ';' || token.lower === '?' || token.lower === '!') sentences.push([]);
  }
  return sentences.filter(sentence => sentence.some(token => !isPunctuation(token)));
}

/** Where the behaviour may start: after a leading clause closed by a comma ("Given ..., ", "By the end of ..., "). */
function behaviourStart(sentence: readonly Token[]): number {
  let start = 0;
  if (LEADING_CLAUSE.has(sentence[0]?.lower ?? '')) {
    const comma = sentence.findIndex(token => token.lower === ',');
    if (comma !== -1) start = comma + 1;
    else start = 1;
  }
  // "Upon successful completion of this course students will be able to: Explain ..." — a short lead-in
  // ending in a colon.
  const colon = sentence.findIndex((token, index) => index >= start && token.lower === ':');
  if (colon !== -1 && colon - start <= 14 && !PART_LABELS.has(sentence[start]?.lower ?? '')) {
    const after = sentence.slice(colon + 1);
    if (after.some(token => token.tags.has('Verb'))) return colon + 1;
  }
  return start;
}

function firstWord(sentence: readonly Token[], start: number): number {
  let index = start;
  while (sentence[index] && (isPunctuation(sentence[index]) || sentence[index].tags.has('Adverb') || sentence[index].lower === 'to')) index++;
  return index;
}

function nextWord(sentence: readonly Token[], index: number, skipDeterminers = false): number {
  let next = index + 1;
  while (sentence[next] && (sentence[next].tags.has('Adverb') || (skipDeterminers && (sentence[next].tags.has('Determiner') || sentence[next].tags.has('Adjective'))))) next++;
  return next;
}

/** "be able to", "are trained to", "is expected to". */
function isLeadIn(sentence: readonly Token[], index: number): boolean {
  let next = index;
  while (sentence[next]?.tags.has('Adverb')) next++;
  return LEAD_IN_WORDS.has(sentence[next]?.lower ?? '') && sentence[next + 1]?.lower === 'to';
}

function skipLeadIn(sentence: readonly Token[], index: number): number {
  let next = index;
  while (sentence[next]?.tags.has('Adverb')) next++;
  return next + 1;
}

/** The last token of a noun phrase that starts at `index` (adjectives, nouns, "and", possessives). */
function nounPhraseEnd(sentence: readonly Token[], index: number): number {
  let end = Math.min(index, sentence.length - 1);
  while (end + 1 < sentence.length) {
    const next = sentence[end + 1];
    if (isPunctuation(next) || next.tags.has('Preposition') || next.lower === 'to' || (next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Participle') && !next.tags.has('PastTense'))) break;
    if (COORDINATORS.has(next.lower) && !CAPACITY_NOUNS[sentence[end + 2]?.lower ?? '']) break;
    end++;
    if (end - index > 5) break;
  }
  return end;
}

/** Extends a phrase over the preposition that follows it ("aware of", "understanding of", "reflect on"). */
function withPreposition(sentence: readonly Token[], end: number): number {
  const next = sentence[end + 1];
  return next && (next.tags.has('Preposition') || next.lower === 'to' || next.lower === 'that' || next.lower === 'how') && next.lower !== 'for' ? end + 1 : end;
}

/** The capacity noun in the object of a verb ("demonstrate a sound understanding", "develop participants' skills"). */
function capacityNounAfter(sentence: readonly Token[], index: number): number | undefined {
  for (let next = index + 1; next < sentence.length && next <= index + 6; next++) {
    const token = sentence[next];
    if (CAPACITY_NOUNS[token.lower]) return next;
    if (isPunctuation(token) && token.lower !== "'" || token.tags.has('Preposition') || token.lower === 'to') return undefined;
    if (token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Participle') && !token.tags.has('PastTense') && next > index + 1 && !token.tags.has('Adjective')) return undefined;
  }
  return undefined;
}

function capacityNounIn(sentence: readonly Token[], first: number, last: number): string | undefined {
  return sentence.slice(first, last + 1).find(token => CAPACITY_NOUNS[token.lower])?.lower;
}

/** "This lesson introduces ...", "The goal of this package is to ...": the course, not the learner, acts. */
function isCourseSubject(sentence: readonly Token[], start: number, head: number): boolean {
  const subject = sentence.slice(start, head);
  if (subject.length === 0) return false;
  return subject.some(token => COURSE_NOUNS.has(token.lower) && !token.tags.has('Verb'));
}

function subjectStart(_sentence: readonly Token[], start: number, _head: number): number {
  return start;
}

/** The trainer-centred phrase runs to the verb, and over "to" and the verb after it ("is designed to develop"). */
function leadInEnd(sentence: readonly Token[], head: number): number {
  return sentence[head + 1]?.lower === 'to' && sentence[head + 2] ? head + 2 : head;
}

/** Verbs that, after a statement-initial "To", say what the trainer does ("To equip ...", "To introduce ..."). */
const TO_TRAINER_VERBS = new Set(['provide', 'equip', 'introduce', 'inform', 'foster', 'enable', 'help', 'train',
  'expose', 'familiarize', 'acquaint', 'orient', 'sensitize', 'offer', 'empower', 'encourage', 'guide', 'instill',
  'impart', 'motivate', 'inspire', 'raise', 'advance', 'enhance', 'extend', 'strengthen', 'build', 'update',
  'refresh', 'increase', 'improve', 'support', 'assist', 'allow', 'teach', 'give', 'promote']);

function isTrainerVerb(token: Token): boolean {
  return TO_TRAINER_VERBS.has(lemmaOf(token));
}

function isPunctuation(token: Token): boolean {
  return !/[a-z0-9]/i.test(token.lower);
}

/** The American base form of a token's verb. */
export function lemmaOf(token: Token): string {
  return normalizeSpelling(token.lemma);
}

/** British to American spelling of a base form: recognise → recognize, analyse → analyze, practise → practice. */
export function normalizeSpelling(word: string): string {
  if (word === 'practise') return 'practice';
  if (word === 'licence') return 'license';
  if (/[^aeiouvys]ise$/.test(word) && !NOT_ISE.has(word)) return `${word.slice(0, -3)}ize`;
  if (/yse$/.test(word)) return `${word.slice(0, -3)}yze`;
  return word;
}
/** Verbs whose "-ise" is the only spelling. */
const NOT_ISE = new Set(['exercise', 'comprise', 'surprise', 'compromise', 'promise', 'despise', 'franchise',
  'merchandise', 'enterprise', 'premise', 'precise', 'concise', 'expertise', 'otherwise', 'chastise', 'incise',
  'excise', 'circumcise']);

function trimmedSpan(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}
