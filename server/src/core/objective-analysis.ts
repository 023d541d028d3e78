/**
 * Reads an objective statement the way an instructional designer does: the learner's behaviour(s) — the
 * statement's main verb(s), found with a part-of-speech tagger (compromise) after the lead-in, adverbs and a
 * leading condition — and what in it cannot be observed. Condition and criterion are read by
 * `objective-standards.ts`. Pure: no editor, file-system or protocol imports.
 */
import type { Span } from './types';
import { readQuickly } from './objective-quick-reading';
import { readCondition, readCriterion, type StatementPart } from './objective-standards';
import { baseOfVerb, hasVerbReading, readsAsVerb, tagStatement, verbReading, type Token } from './objective-tagger';
import {
  CAPACITY_NOUNS, COURSE_NOUNS, GENERAL_SUGGESTIONS, GROWTH_VERBS, INTERNAL_STATE_VERBS, KNOWING_NOUNS, LEARNER_NOUNS,
  ObjectiveVocabulary, SHOWING_VERBS, STATE_ADJECTIVES, TRAINER_VERBS, VAGUE_ONLY_BEFORE, WORTH_NOUNS, normalizeSpelling, suggestionsFor,
  type BehaviourDomain, type BloomLevel,
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
const MAX_TAGGED_LENGTH = 1_000;
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
  const quick = readQuickly(text, vocabulary);
  if (quick) {
    return {
      behaviours: quick.behaviours.map(({ verb, lemma, span, observable }) => behaviourFor(vocabulary, verb, lemma, span, observable)),
      vague: quick.vague, condition: readCondition(text), criterion: readCriterion(text),
    };
  }
  return analyzeWithTagger(text, vocabulary);
}

/** The full reading, with the tagger (exported for the test that compares it with the quick reading). */
export function analyzeWithTagger(text: string, vocabulary: ObjectiveVocabulary): StatementAnalysis {
  // An objective is a sentence or three; a pasted page is read only as far as its behaviour can be.
  const tokens = tagStatement(text.slice(0, MAX_TAGGED_LENGTH));
  const reader = new BehaviourReader(text, tokens, vocabulary);
  reader.read();
  const vague = [...reader.vague, ...configuredVague(text, tokens, vocabulary, reader.vague)];
  // A statement in parts ("Conditions: ... Standards: ...") whose action was not found is not blamed for it.
  if (reader.behaviours.length === 0 && vague.length === 0 && !reader.structured) {
    vague.push({ phrase: text.trim(), span: trimmedSpan(text), reason: 'no-behaviour', suggestions: [...GENERAL_SUGGESTIONS] });
  }
  return {
    behaviours: reader.behaviours, vague: vague.sort((a, b) => a.span.start - b.span.start),
    condition: readCondition(text), criterion: readCriterion(text),
  };
}

/** Words that start a leading clause before the behaviour: "Given ..., ", "On completing this module, ". */
const LEADING_CLAUSE = new Set(['given', 'using', 'with', 'without', 'on', 'upon', 'by', 'at', 'after', 'before',
  'during', 'following', 'in', 'from', 'when', 'if', 'once', 'having', 'through', 'under', 'provided', 'as', 'for',
  'within', 'while', 'throughout']);
/** Words that open a clause of their own: a verb after them is not another behaviour of the learner. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'because', 'since',
  'if', 'when', 'how', 'why', 'whether', 'so', 'until', 'unless', 'what', 'than']);
const COORDINATORS = new Set(['and', 'or', 'and/or', '&', 'then', 'but', 'as well as']);
/** Labels of a structured statement ("Conditions: ... Standards: ..."): what follows them is not the behaviour. */
const PART_LABELS = new Set(['given', 'condition', 'conditions', 'criterion', 'criteria', 'standard', 'standards',
  'note', 'notes', 'references']);
/** "able to", "trained to", "ability to": words that lead in to the behaviour when "to" follows. */
const LEAD_IN_WORDS = new Set(['able', 'trained', 'expected', 'required', 'ready', 'prepared', 'opportunity', 'opportunities', 'asked', 'taught',
  'ability', 'abilities', 'competent', 'capable', 'how', 'need', 'needs', 'want', 'wants', 'going']);
const RECOGNIZE_WHAT = new Set(['that', 'how', 'why', ...WORTH_NOUNS]);
const COPULAS = new Set(['be', 'become', 'remain', 'seem', 'feel', 'stay']);
/** Internal states that, as the purpose of an observable act, are its real outcome ("... to learn about X"). */
const PURPOSE_STATES = new Set(['learn', 'understand', 'know', 'appreciate', 'comprehend', 'grasp']);
const SEPARATORS = new Set([':', ')', '-', '–', '—']);

/** Walks the tagged statement clause by clause and collects behaviours and vague phrases. */
class BehaviourReader {
  readonly behaviours: Behaviour[] = [];
  readonly vague: VaguePhrase[] = [];

  constructor(private readonly text: string, private readonly tokens: readonly Token[], private readonly vocabulary: ObjectiveVocabulary) {}

  /** Whether the statement is laid out in parts ("Conditions: ... Standards: ..."), which it reads less surely. */
  structured = false;

  read(): void {
    for (const sentence of sentencesOf(this.tokens)) {
      const label = partLabelOf(sentence);
      if (label) {
        this.structured = true;
        if (CONDITION_LABELS.has(label)) continue;
        return;
      }
      if (isExistential(sentence)) { this.structured = true; continue; }
      this.readSentence(sentence, this.behaviours.length > 0);
    }
  }

  private readSentence(sentence: readonly Token[], later: boolean): void {
    const start = behaviourStart(sentence);
    const courseVerb = later ? undefined : this.courseSubjectVerb(sentence, start);
    if (courseVerb !== undefined) {
      this.addVague(sentence, start, leadInEnd(sentence, courseVerb), 'trainer-centred', [...GENERAL_SUGGESTIONS]);
      return;
    }
    const found = this.findHeadBeforeLabel(sentence, start) ?? this.findHeadAfterLabel(sentence, start) ?? this.findHead(sentence, start);
    if (!found) {
      if (!later) this.reportCapacityNoun(sentence, start);
      return;
    }
    const { head, toAt } = found;
    if (later && COPULAS.has(lemmaOf(sentence[head]))) return;
    const passive = later ? undefined : futurePassiveStart(sentence, start, head);
    if (passive !== undefined) {
      this.addVague(sentence, passive, head, 'trainer-centred', [...GENERAL_SUGGESTIONS]);
      return;
    }
    if (!later && toAt !== undefined && (TRAINER_VERBS.has(lemmaOf(sentence[head])) || hasLearnerObject(sentence, head))) {
      this.addVague(sentence, toAt, head, 'trainer-centred', [...GENERAL_SUGGESTIONS]);
      return;
    }
    const opening = sentence[firstWord(sentence, start)];
    if (opening && KNOWING_NOUNS.has(opening.lower) && opening !== sentence[head]) {
      const index = sentence.indexOf(opening);
      this.addVague(sentence, index, withPreposition(sentence, index), 'capacity', suggestionsFor(opening.lower));
    }
    let current: number | undefined = head;
    while (current !== undefined) {
      const end = this.judge(sentence, current);
      current = this.nextCoordinated(sentence, current, end);
    }
  }

  /** A statement without behaviour that names a capacity ("Knowledge of the cold chain") is reported on it. */
  private reportCapacityNoun(sentence: readonly Token[], start: number): void {
    const index = sentence.findIndex((token, at) => at >= start && KNOWING_NOUNS.has(token.lower));
    if (index !== -1) this.addVague(sentence, index, withPreposition(sentence, index), 'capacity', suggestionsFor(sentence[index].lower));
  }

  /**
   * The first main verb from `start`: subjects, modals, "be able to", adverbs stepped over. A "slot" is where
   * an imperative may stand (the start, after a lead-in, a colon or "to"); there a word that can be a verb is one.
   */
  /**
   * "This lesson introduces ...", "The aims of this module are to: ...", "This course provides staff with ...":
   * the course, not the learner, is the subject. Returns the index of its verb.
   */
  private courseSubjectVerb(sentence: readonly Token[], start: number): number | undefined {
    for (let index = start; index < Math.min(sentence.length - 1, start + MAX_SUBJECT_WORDS); index++) {
      const token = sentence[index];
      if (LEARNER_NOUNS.has(token.lower) || LEARNER_NOUNS.has(token.lemma) || (token.tags.has('Verb') && !token.tags.has('Noun'))) return undefined;
      if (!COURSE_NOUNS.has(token.lower) && !COURSE_NOUNS.has(token.lemma)) continue;
      const determined = sentence.slice(start, index).some(word => word.tags.has('Determiner'));
      const next = sentence[index + 1];
      const verb = next.tags.has('Modal') || next.tags.has('Copula') || (next.tags.has('Verb') && !next.tags.has('Gerund'))
        || (next.tags.has('Plural') && !LEARNER_NOUNS.has(next.lemma) && this.isVerbForm(baseOfVerb(next.lower)));
      if (determined && verb) return index + 1;
    }
    return undefined;
  }

  /** "Learn and be able to create: ...", "... be able to demonstrate: Knowledge of ...": the verb before a colon. */
  private findHeadBeforeLabel(sentence: readonly Token[], start: number): { head: number; toAt?: number } | undefined {
    const colon = sentence.findIndex((token, index) => index >= start && token.lower === ':');
    if (colon === -1 || colon - start > MAX_LABEL_WORDS) return undefined;
    const found = this.findHead(sentence.slice(0, colon), start);
    return found && !COPULAS.has(lemmaOf(sentence[found.head])) ? found : undefined;
  }

  /** "Learning Objectives: Describe ...", "Students will be able to: Explain ...": the verb after the colon. */
  private findHeadAfterLabel(sentence: readonly Token[], start: number): { head: number; toAt?: number } | undefined {
    const colon = sentence.findIndex((token, index) => index >= start && token.lower === ':');
    if (colon === -1 || colon - start > MAX_LABEL_WORDS) return undefined;
    return this.findHead(sentence, colon + 1, true);
  }

  private findHead(sentence: readonly Token[], start: number, afterLabel = false): { head: number; toAt?: number } | undefined {
    let slot = firstWord(sentence, start);
    /** Whether the slot follows a lead-in ("will", "able to", "to", a colon), where a verb is certainly due. */
    let due = afterLabel;
    let toAt: number | undefined;
    for (let index = start; index < sentence.length; index++) {
      const token = sentence[index];
      if (isPunctuation(token)) {
        if (SEPARATORS.has(token.lower)) { slot = index + 1; due = token.lower === ':' || due; }
        else if (index === slot) slot++;
        else if (![',', '(', '"', '“', '”'].includes(token.lower)) return undefined;
        continue;
      }
      const atSlot = index === slot;
      if (token.tags.has('Adverb') || token.lower === 'not' || token.lower === 'also') { if (atSlot) slot++; continue; }
      if (/^[\d.]+$/.test(token.lower) && atSlot) { slot++; continue; }
      if (token.lower === 'to') { toAt = index; slot = index + 1; due = true; continue; }
      if (token.tags.has('Modal') || ['will', 'shall', 'should', 'must', 'can', 'may', 'could', 'would'].includes(token.lower)) { slot = index + 1; due = true; continue; }
      if (COPULAS.has(lemmaOf(token)) || lemmaOf(token) === 'have') {
        const after = this.afterCopula(sentence, index);
        if (after !== undefined) {
          if (after === index + 2 && sentence[index + 1].lower === 'to') toAt = index + 1;
          index = after - 1; slot = after; due = true; continue;
        }
      }
      if (LEAD_IN_WORDS.has(token.lower) && sentence[index + 1]?.lower === 'to') { index++; slot = index + 1; due = true; continue; }
      if (atSlot && isHeadingWord(token, sentence[index + 1]) && (isLabelWord(token, sentence[index + 1]) || !this.isVocabularyVerb(normalizeSpelling(baseOfVerb(token.lower))))) { slot++; due = true; continue; }
      // After the learner ("Community health volunteers record ..."), the verb is due.
      if ((LEARNER_NOUNS.has(token.lemma) || LEARNER_NOUNS.has(token.lower)) && !/['’]s?$/.test(token.text)) { slot = index + 1; due = true; continue; }
      if (this.isVerbAt(sentence, index, atSlot, atSlot && due) && (atSlot || hasSubject(sentence, start, index))) return { head: index, toAt: toAt !== undefined && toAt === index - 1 ? toAt : undefined };
      if (CLAUSE_OPENERS.has(token.lower) && index > start) return undefined;
      // A heading before the statement ("Task Identify ...", "NARM Skills (73)-III F. Assesses ..."): capitalised
      // words and numbers, then a capitalised verb.
      if (slot === index && isHeadingWord(token, sentence[index + 1])) { slot++; due = true; }
    }
    return undefined;
  }

  /**
   * After "be"/"have": where the behaviour continues when the copula only leads in ("are able to", "are to",
   * "are: Configure ...", passive "are washed"), or undefined when the copula is the behaviour ("be aware of").
   */
  private afterCopula(sentence: readonly Token[], index: number): number | undefined {
    let next = index + 1;
    while (sentence[next]?.tags.has('Adverb')) next++;
    const word = sentence[next];
    if (!word) return undefined;
    if (lemmaOf(sentence[index]) === 'have') {
      if (word.lower === 'to') return next + 1;
      return LEAD_IN_WORDS.has(word.lower) && sentence[next + 1]?.lower === 'to' ? next + 2 : undefined;
    }
    if (word.lower === 'to' || word.lower === ':') return next + 1;
    if (word.lower === 'responsible' && sentence[next + 1]?.lower === 'for') return next + 2;
    if (LEAD_IN_WORDS.has(word.lower) && sentence[next + 1]?.lower === 'to') return next + 2;
    if (STATE_ADJECTIVES[word.lower]) return undefined;
    // Passive ("Hands are washed") and progressive ("is breathing") forms: the participle is the behaviour.
    if ((word.tags.has('PastTense') || word.tags.has('Participle') || word.tags.has('Gerund')) && !word.tags.has('Adjective')) return next;
    // "The labs are Configure DHCP ...": a capitalised imperative after the copula.
    if (/^[A-Z]/.test(word.text) && this.vocabulary.isKnownVerb(lemmaOf(word))) return next;
    return undefined;
  }

  private isVerbForm(base: string): boolean {
    return this.isVocabularyVerb(normalizeSpelling(base)) || hasVerbReading(base);
  }

  private isVocabularyVerb(lemma: string): boolean {
    return this.vocabulary.isKnownVerb(lemma) || this.vocabulary.isConfiguredObservable(lemma) || INTERNAL_STATE_VERBS[lemma] !== undefined;
  }

  private isVerbAt(sentence: readonly Token[], index: number, atSlot: boolean, due: boolean): boolean {
    const token = sentence[index];
    if (LEARNER_NOUNS.has(token.lemma) || LEARNER_NOUNS.has(token.lower)) return false;
    // "Nurses will ...": a word followed by a modal is the subject, whatever the tagger thought.
    const next = sentence[index + 1];
    if (next && !isPunctuation(next) && (next.tags.has('Modal') || ['will', 'should', 'must', 'can', 'shall'].includes(next.lower))) return false;
    if (next && atSlot && !COPULAS.has(lemmaOf(token)) && next.tags.has('Copula')) return false;
    if (COPULAS.has(lemmaOf(token))) return true;
    if (token.tags.has('Auxiliary')) return false;
    if (token.tags.has('Verb') && !token.tags.has('PastTense') && !token.tags.has('Participle')) {
      return atSlot || !token.tags.has('Gerund');
    }
    // "This unit describes the ...": a third-person verb the tagger took for a plural noun.
    if (token.tags.has('Plural') && this.vocabulary.isKnownVerb(lemmaOf(token)) && sentence[index - 1]?.tags.has('Noun') && takesObject(sentence[index + 1])) return true;
    // A tagger reads a sentence-initial imperative ("Load the data", "Evaluate a Casualty") as a noun; in
    // the verb slot, a word that can be a verb is one.
    if (atSlot && !token.tags.has('Determiner') && !token.tags.has('Pronoun') && !token.tags.has('Preposition') && !/^\d/.test(token.lower)) {
      const lemma = lemmaOf(token);
      // Title case hides the verb from the tagger ("Demonstrates Universal Precautions", "Is familiar with").
      const lower = normalizeSpelling(/^[A-Z]/.test(token.text) ? baseOfVerb(token.lower) : token.lower);
      if (this.isVocabularyVerb(lower) || lower === 'be') { token.lemma = lower; return true; }
      if (this.isVocabularyVerb(lemma) && !token.tags.has('Plural')) return true;
      if (token.tags.has('Plural')) return false;
      // After a lead-in a verb is due; at the very start, a word that may be a verb is one only when an
      // object follows ("Load the data", but not "Hand hygiene").
      if (due) {
        // Not an adjective, nor a participle ("Oriented by the quality assurance ...").
        const probed = token.tags.has('Adjective') || (token.tags.has('PastTense') && token.lower.endsWith('ed')) ? undefined : readsAsVerb(token.lower);
        // The tagger's reading here is the verb's: its base form replaces the noun's.
        if (probed) token.lemma = probed;
        return probed !== undefined;
      }
      return verbReading(token) && takesObject(sentence[index + 1]);
    }
    return false;
  }

  /** Judges the verb at `index`; returns the index of the last token of its phrase. */
  private judge(sentence: readonly Token[], index: number): number {
    const token = sentence[index];
    const lemma = lemmaOf(token);
    const particle = sentence[index + 1];
    const phrasal = particle && this.vocabulary.isKnownVerb(`${lemma} ${particle.lower}`) ? `${lemma} ${particle.lower}` : undefined;
    const verbLemma = phrasal ?? lemma;
    const end = phrasal ? index + 1 : index;
    if (this.vocabulary.isConfiguredObservable(verbLemma)) return this.addBehaviour(sentence, index, end, verbLemma);
    const vague = this.vagueAt(sentence, index, lemma);
    if (vague) {
      this.addVague(sentence, index, vague.end, vague.reason, suggestionsFor(vague.key));
      this.behaviours.push(this.behaviourOf(sentence, index, end, verbLemma, false));
      return vague.end;
    }
    return this.addBehaviour(sentence, index, end, verbLemma);
  }

  /** The non-observable phrase that starts at the verb, or undefined when the verb is observable. */
  private vagueAt(sentence: readonly Token[], index: number, lemma: string): { end: number; reason: VagueReason; key: string } | undefined {
    const next = nextWord(sentence, index);
    if (COPULAS.has(lemma) || (lemma === 'get' && STATE_ADJECTIVES[sentence[next]?.lower ?? ''])) {
      return { end: withPreposition(sentence, nounPhraseEnd(sentence, next)), reason: 'state', key: sentence[next]?.lower ?? lemma };
    }
    if (lemma === 'recognize') {
      const following = sentence[nextWord(sentence, index)];
      if (following && ['that', 'how', 'why'].includes(following.lower)) return { end: sentence.indexOf(following), reason: 'internal-state', key: 'appreciate' };
      const object = sentence[nextWord(sentence, index, true)];
      if (object && RECOGNIZE_WHAT.has(object.lower)) return { end: withPreposition(sentence, sentence.indexOf(object)), reason: 'internal-state', key: 'appreciate' };
      return undefined;
    }
    const showing = SHOWING_VERBS.has(lemma);
    if (showing || GROWTH_VERBS.has(lemma)) {
      const noun = capacityNounAfter(sentence, index, showing ? KNOWING_NOUNS : undefined);
      if (noun !== undefined) return { end: withPreposition(sentence, noun), reason: 'capacity', key: sentence[noun].lower };
    }
    if (INTERNAL_STATE_VERBS[lemma]) {
      const before = VAGUE_ONLY_BEFORE[lemma];
      if (before && !before.includes(sentence[next]?.lower ?? '')) return undefined;
      // "understand the importance of", "appreciate the value of": the whole phrase goes.
      const worth = sentence[next]?.lower === 'the' && RECOGNIZE_WHAT.has(sentence[next + 1]?.lower ?? '') && sentence[next + 2]?.lower === 'of';
      return worth ? { end: next + 2, reason: 'internal-state', key: 'appreciate' } : { end: withPreposition(sentence, index), reason: 'internal-state', key: lemma };
    }
    return undefined;
  }

  /** The next behaviour joined to this one ("Load and plot", "Create, modify and print"), if any. */
  private nextCoordinated(sentence: readonly Token[], head: number, from: number): number | undefined {
    let inClause = false;
    for (let index = from + 1; index < sentence.length; index++) {
      const token = sentence[index];
      if (token.lower === ';' || token.lower === '.' || token.lower === ':') return undefined;
      if (CLAUSE_OPENERS.has(token.lower)) inClause = true;
      // "demonstrate the ability to undertake ...": what the ability is for is the behaviour.
      if (!inClause && (token.lower === 'ability' || token.lower === 'abilities') && sentence[index + 1]?.lower === 'to' && sentence[index + 2]) return index + 2;
      if (token.lower === 'to' && sentence[index + 1]?.tags.has('Verb') && !COORDINATORS.has(sentence[index - 1]?.lower ?? '')) {
        // "Use the web to learn about ...": the purpose is the real outcome, and it is not observable.
        if (!inClause && PURPOSE_STATES.has(lemmaOf(sentence[index + 1]))) return index + 1;
        inClause = true;
      }
      if (!COORDINATORS.has(token.lower) && token.lower !== ',') continue;
      // Inside a subordinate clause, only ", and <verb>" returns to the learner's behaviours.
      if (inClause && !(token.lower === ',' && COORDINATORS.has(sentence[index + 1]?.lower ?? ''))) continue;
      let next = index + 1;
      while (sentence[next] && (sentence[next].tags.has('Adverb') || COORDINATORS.has(sentence[next].lower) || sentence[next].lower === ',' || sentence[next].lower === 'to')) next++;
      const candidate = sentence[next];
      if (candidate && this.isCoordinatedVerb(sentence[head], candidate)) return next;
    }
    return undefined;
  }

  private isCoordinatedVerb(head: Token, candidate: Token): boolean {
    const thirdPersonBase = head.lower.endsWith('s') && candidate.lower.endsWith('s') ? normalizeSpelling(baseOfVerb(candidate.lower)) : undefined;
    const lemma = thirdPersonBase && this.isVocabularyVerb(thirdPersonBase) ? thirdPersonBase : lemmaOf(candidate);
    if (lemma !== lemmaOf(candidate)) candidate.lemma = lemma;
    const thirdPerson = head.lower.endsWith('s') && head.tags.has('PresentTense') && !head.tags.has('Infinitive');
    const sameForm = thirdPerson ? candidate.lower.endsWith('s') && (candidate.tags.has('PresentTense') || this.isVerbForm(baseOfVerb(candidate.lower)))
      : candidate.lower === lemma || normalizeSpelling(candidate.lower) === lemma || (candidate.tags.has('Copula') && candidate.lower === 'be');
    if (!sameForm || candidate.tags.has('Determiner') || candidate.tags.has('Pronoun')) return false;
    const known = this.vocabulary.isKnownVerb(lemma) || this.vocabulary.isConfiguredObservable(lemma) || INTERNAL_STATE_VERBS[lemma] !== undefined || lemma === 'be';
    if (candidate.tags.has('Adjective') && !known) return false;
    return known || (candidate.tags.has('Verb') && !candidate.tags.has('Gerund') && !candidate.tags.has('PastTense'));
  }

  private addBehaviour(sentence: readonly Token[], index: number, end: number, lemma: string): number {
    this.behaviours.push(this.behaviourOf(sentence, index, end, lemma, true));
    return end;
  }

  private behaviourOf(sentence: readonly Token[], index: number, end: number, lemma: string, observable: boolean): Behaviour {
    const span = { start: sentence[index].start, end: sentence[end].end };
    return behaviourFor(this.vocabulary, this.text.slice(span.start, span.end), lemma, span, observable);
  }

  private addVague(sentence: readonly Token[], first: number, last: number, reason: VagueReason, suggestions: string[]): void {
    const span = { start: sentence[first].start, end: sentence[Math.max(first, last)].end };
    this.vague.push({ phrase: this.text.slice(span.start, span.end), span, reason, suggestions });
  }
}

function behaviourFor(vocabulary: ObjectiveVocabulary, verb: string, lemma: string, span: Span, observable: boolean): Behaviour {
  const behaviour: Behaviour = { verb, lemma, span, observable };
  const bloom = observable ? vocabulary.bloomOf(lemma) : undefined;
  if (bloom) behaviour.bloom = bloom;
  const domain = observable ? vocabulary.domainOf(lemma) : INTERNAL_STATE_VERBS[lemma] ? 'cognitive' : undefined;
  if (domain) behaviour.domain = domain;
  return behaviour;
}

/** Configured non-observable phrases anywhere in the statement, unless already reported there. */
function configuredVague(text: string, tokens: readonly Token[], vocabulary: ObjectiveVocabulary, found: readonly VaguePhrase[]): VaguePhrase[] {
  const result: VaguePhrase[] = [];
  for (const { words } of vocabulary.configuredVague) {
    for (let index = 0; index + words.length <= tokens.length; index++) {
      const matches = words.every((word, offset) => tokens[index + offset].lower === word || lemmaOf(tokens[index + offset]) === word);
      if (!matches) continue;
      const span = { start: tokens[index].start, end: tokens[index + words.length - 1].end };
      if ([...found, ...result].some(phrase => phrase.span.start <= span.start && span.end <= phrase.span.end)) continue;
      result.push({ phrase: text.slice(span.start, span.end), span, reason: 'configured', suggestions: [...GENERAL_SUGGESTIONS] });
    }
  }
  return result;
}

/** Only a "Given:" part is followed by the action; after "Conditions" come the conditions and standards. */
const CONDITION_LABELS = new Set(['given']);

/** The label of a part ("Conditions: ...", "STANDARD Score 70 ...", "Conditions Given ..."), if the sentence is one. */
function partLabelOf(sentence: readonly Token[]): string | undefined {
  const [label, next] = sentence;
  return label && next && isPartLabelAt(label, next) ? label.lower : undefined;
}

function isPartLabelAt(label: Token, next: Token): boolean {
  if (!PART_LABELS.has(label.lower)) return false;
  if (next.lower === ':') return true;
  return label.lower !== 'given' && /^[A-Z]/.test(label.text) && /^[A-Z]/.test(next.text);
}

/** "There must be evidence that ...": a sentence about the assessment, not a behaviour. */
function isExistential(sentence: readonly Token[]): boolean {
  return sentence[0]?.lower === 'there';
}

/** Sentences, and the parts of a structured statement ("... Conditions: ... Standards: ...") as sentences of their own. */
function sentencesOf(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [[]];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const labelled = next && (next.lower === ':' || /^[A-Z]{3,}$/.test(token.text));
    if (next && index > 0 && labelled && isPartLabelAt(token, next) && token.lower !== 'given') sentences.push([]);
    sentences[sentences.length - 1].push(token);
    if (token.lower === '.' || token.lower === ';' || token.lower === '?' || token.lower === '!') sentences.push([]);
  });
  return sentences.filter(sentence => sentence.some(token => !isPunctuation(token)));
}

/** Where the behaviour may start: after a leading clause closed by a comma ("Given ..., ", "By the end of ..., "). */
function behaviourStart(sentence: readonly Token[]): number {
  const opening = sentence[0]?.lower ?? '';
  if (!LEADING_CLAUSE.has(opening) && opening !== 'to') return 0;
  // The clause ends at its comma, unless a lead-in ("will", "able to:") comes first: then there is no comma to it.
  const end = sentence.findIndex((token, index) => token.lower === ',' || token.lower === ':'
    || (token.tags.has('Modal') && !['who', 'which', 'that'].includes(sentence[index - 1]?.lower ?? '')));
  if (end !== -1 && sentence[end].lower === ',') return end + 1;
  return opening === 'to' ? 0 : 1;
}

/** A label before a colon ("Learning Objectives: Describe ..."): the verb is due after it. */
const MAX_LABEL_WORDS = 15;
/** How far into a sentence its subject may reach: "The aim of this third Clinical Midwifery Practice unit". */
const MAX_SUBJECT_WORDS = 16;

function firstWord(sentence: readonly Token[], start: number): number {
  let index = start;
  while (sentence[index] && (isPunctuation(sentence[index]) || sentence[index].tags.has('Adverb') || sentence[index].lower === 'to')) index++;
  return index;
}

function nextWord(sentence: readonly Token[], index: number, skipModifiers = false): number {
  let next = index + 1;
  while (sentence[next] && (sentence[next].tags.has('Adverb') || (skipModifiers && (sentence[next].tags.has('Determiner') || sentence[next].tags.has('Adjective'))))) next++;
  return next;
}

/** The last token of a noun phrase that starts at `index` (adjectives, nouns, "and", possessives). */
function nounPhraseEnd(sentence: readonly Token[], index: number): number {
  let end = Math.min(index, sentence.length - 1);
  while (end + 1 < sentence.length && end - index < 5) {
    const next = sentence[end + 1];
    if (isPunctuation(next) || next.tags.has('Preposition') || next.lower === 'to' || COORDINATORS.has(next.lower)) break;
    if (next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Participle') && !next.tags.has('PastTense')) break;
    end++;
  }
  return end;
}

/** Extends a phrase over the preposition that follows it ("aware of", "understanding of", "reflect on"). */
function withPreposition(sentence: readonly Token[], end: number): number {
  const next = sentence[end + 1];
  return next && (next.tags.has('Preposition') || next.lower === 'to' || next.lower === 'that' || next.lower === 'how') && next.lower !== 'for' ? end + 1 : end;
}

/**
 * The capacity noun in the object of a verb ("demonstrate a sound understanding", "develop participants'
 * critical thinking skills"), among `nouns` (default: every capacity noun).
 */
function capacityNounAfter(sentence: readonly Token[], index: number, nouns?: ReadonlySet<string>): number | undefined {
  for (let next = index + 1; next < sentence.length && next <= index + 6; next++) {
    const token = sentence[next];
    if (nouns ? nouns.has(token.lower) : CAPACITY_NOUNS[token.lower] !== undefined) {
      // "demonstrate the ability to calculate": the ability is shown by doing what follows.
      const leadsIn = (token.lower === 'ability' || token.lower === 'abilities') && sentence[next + 1]?.lower === 'to';
      return leadsIn && nouns ? undefined : next;
    }
    if (token.lower === ':' || token.lower === '“' || token.lower === '"') continue;
    // "an expert level of knowledge", "a depth of understanding".
    if (token.lower === 'of' && DEGREE_NOUNS.has(sentence[next - 1]?.lower ?? '')) continue;
    // "demonstrate the following knowledge and skills: ..." leads in to a list of behaviours.
    if (token.lower === 'following') return undefined;
    if ((isPunctuation(token) && token.lower !== "'") || token.tags.has('Preposition') || token.lower === 'to') return undefined;
  }
  return undefined;
}

const DEGREE_NOUNS = new Set(['level', 'degree', 'depth', 'breadth', 'body', 'range', 'standard']);

/**
 * "The common interventions will be examined ...", "Skills will be developed ...": what the course will do
 * to a topic, not what a learner will do. Returns where "will be" starts.
 */
function futurePassiveStart(sentence: readonly Token[], start: number, head: number): number | undefined {
  const participle = sentence[head];
  if (!(participle.tags.has('PastTense') || participle.tags.has('Participle')) || lemmaOf(sentence[head - 1] ?? participle) !== 'be') return undefined;
  const modal = head - 2;
  if (!['will', 'shall'].includes(sentence[modal]?.lower ?? '')) return undefined;
  const subject = sentence.slice(start, modal);
  const learner = subject.some(token => LEARNER_NOUNS.has(token.lower) || LEARNER_NOUNS.has(token.lemma) || token.tags.has('Pronoun'));
  return learner || subject.length === 0 ? undefined : modal;
}

/** "To prepare students to ...", "To provide participants with ...": the learner is the object. */
function hasLearnerObject(sentence: readonly Token[], head: number): boolean {
  return sentence.slice(head + 1, head + 4).some(token => LEARNER_NOUNS.has(token.lemma) || LEARNER_NOUNS.has(token.lower));
}

/** The trainer-centred phrase runs to the verb, and over "to" and the verb after it ("is designed to develop"). */
function leadInEnd(sentence: readonly Token[], head: number): number {
  return sentence[head + 1]?.lower === 'to' && sentence[head + 2] ? head + 2 : head;
}

/**
 * A verb inside the sentence needs a subject before it: a learner ("Midwives identify"), a pronoun or a
 * determined noun phrase ("The CHW identifies"). Without one, "Danger signs in newborns" is a topic.
 */
function hasSubject(sentence: readonly Token[], start: number, index: number): boolean {
  return sentence.slice(start, index).some(token => token.tags.has('Determiner') || token.tags.has('Pronoun')
    || LEARNER_NOUNS.has(token.lemma) || LEARNER_NOUNS.has(token.lower) || token.tags.has('Copula'));
}

function takesObject(next: Token | undefined): boolean {
  return next !== undefined && (next.tags.has('Determiner') || next.tags.has('Pronoun') || (next.tags.has('Value') && !next.tags.has('RomanNumeral')) || next.tags.has('Possessive'));
}

/** Words of a heading: "Learning Objectives", "Care Certificate - 15 Standards", "LESSON 5", "NARM Skills". */
function isHeadingWord(token: Token, next: Token | undefined): boolean {
  if (isLabelWord(token, next)) return true;
  if (token.tags.has('Determiner') || token.tags.has('Pronoun') || token.tags.has('Preposition')) return false;
  if (!/^[A-Z0-9]/.test(token.text)) return false;
  if (/^[A-Z0-9]{2,}$/.test(token.text)) return true;
  // A run of capitalised words, as in a title: "Care Certificate", "Skills Checklist Apprenticeship".
  return next !== undefined && /^[A-Z0-9]/.test(next.text) && !next.tags.has('Determiner') && !isPunctuation(next);
}

/** "Learning Objectives", "Outcome", "12.": a label, whatever its words could otherwise be. */
function isLabelWord(token: Token, next: Token | undefined): boolean {
  if (/^[\d.]+$/.test(token.lower)) return true;
  return /^[A-Z]/.test(token.text) && (HEADING_NOUNS.has(token.lower) || (next !== undefined && HEADING_NOUNS.has(next.lower)));
}
const HEADING_NOUNS = new Set(['objective', 'objectives', 'outcome', 'outcomes', 'goal', 'goals', 'aim', 'aims',
  'task', 'checklist', 'ilos', 'plos', 'slos']);

function isPunctuation(token: Token): boolean {
  return !/[a-z0-9]/i.test(token.lower);
}

/** The American base form of a token's verb. */
export function lemmaOf(token: Token): string {
  return normalizeSpelling(token.lemma);
}

function trimmedSpan(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}
