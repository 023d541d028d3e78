/**
 * Judges whether an objective statement names an observable behaviour.
 * The behaviour is what follows "will", "should be able to", "be able to" or "to"; failing those, the
 * statement's leading verb (after an optional "Given ..., " condition).
 */

export type BloomLevel = 'remember' | 'understand' | 'apply' | 'analyze' | 'evaluate' | 'create' | 'perform';

/** Observable verbs by revised Bloom level (plus psychomotor "perform"); a verb may sit at several levels. */
export const OBSERVABLE_VERBS: Readonly<Record<BloomLevel, readonly string[]>> = {
  remember: ['arrange', 'cite', 'define', 'duplicate', 'label', 'list', 'match', 'memorize', 'name', 'order',
    'quote', 'recall', 'recite', 'recognize', 'record', 'repeat', 'reproduce', 'select', 'state', 'tell', 'identify',
    'locate', 'enumerate', 'outline', 'spell', 'write'],
  understand: ['classify', 'compare', 'contrast', 'describe', 'discuss', 'distinguish', 'estimate', 'explain',
    'express', 'extend', 'generalize', 'give', 'illustrate', 'indicate', 'infer', 'interpret', 'paraphrase',
    'predict', 'report', 'restate', 'review', 'rewrite', 'summarize', 'translate', 'identify', 'locate', 'select',
    'exemplify', 'convert', 'defend', 'differentiate', 'sort', 'group', 'relate'],
  apply: ['administer', 'apply', 'calculate', 'change', 'choose', 'complete', 'compute', 'conduct', 'construct',
    'demonstrate', 'dramatize', 'employ', 'execute', 'implement', 'interview', 'manipulate', 'modify', 'operate',
    'practice', 'prepare', 'produce', 'schedule', 'show', 'sketch', 'solve', 'use', 'counsel', 'educate', 'teach',
    'instruct', 'refer', 'screen', 'triage', 'measure', 'weigh', 'chart', 'document', 'dispense', 'prescribe',
    'treat', 'manage', 'respond', 'communicate', 'explain', 'fill', 'follow', 'handle', 'maintain', 'obtain',
    'provide', 'advise', 'ask', 'greet', 'inform', 'notify', 'report', 'collect', 'prioritize'],
  analyze: ['analyze', 'appraise', 'break', 'categorize', 'compare', 'contrast', 'criticize', 'deconstruct',
    'detect', 'diagnose', 'diagram', 'differentiate', 'discriminate', 'dissect', 'distinguish', 'examine',
    'experiment', 'inspect', 'investigate', 'map', 'question', 'separate', 'test', 'audit', 'attribute', 'organize',
    'trace', 'assess', 'interpret', 'correlate', 'chart'],
  evaluate: ['argue', 'assess', 'check', 'conclude', 'critique', 'decide', 'defend', 'determine', 'evaluate',
    'grade', 'judge', 'justify', 'monitor', 'prioritize', 'rank', 'rate', 'recommend', 'score', 'support', 'verify',
    'validate', 'weigh', 'review', 'confirm', 'measure', 'appraise'],
  create: ['adapt', 'assemble', 'build', 'combine', 'compile', 'compose', 'create', 'design', 'develop', 'devise',
    'draft', 'formulate', 'generate', 'integrate', 'invent', 'make', 'originate', 'plan', 'propose', 'rearrange',
    'reorganize', 'revise', 'write', 'construct', 'produce', 'establish', 'set up', 'derive'],
  perform: ['perform', 'wash', 'disinfect', 'sterilize', 'decontaminate', 'clean', 'don', 'doff', 'put on', 'take off',
    'remove', 'insert', 'inject', 'dispose', 'segregate', 'package', 'label', 'position', 'dress', 'bandage', 'suture',
    'palpate', 'auscultate', 'examine', 'take', 'record', 'draw', 'dilute', 'mix', 'reconstitute', 'set', 'connect',
    'calibrate', 'assemble', 'adjust', 'cover', 'discard', 'fit', 'isolate', 'place', 'rinse', 'scrub', 'spray',
    'store', 'transport', 'wipe', 'change', 'apply', 'carry out', 'start', 'stop', 'resuscitate', 'ventilate',
    'immunize', 'vaccinate', 'swab', 'handwash', 'glove', 'gown', 'mask', 'count', 'read', 'plot', 'initiate',
    'titrate', 'cannulate', 'catheterize', 'intubate', 'aspirate', 'irrigate', 'percuss', 'splint', 'immobilize',
    'feed', 'deliver', 'stabilize', 'transfer', 'close', 'open', 'replace', 'seal', 'tie', 'attach', 'clamp', 'cut',
    'suction', 'massage', 'dry', 'wrap', 'hold', 'lift', 'turn', 'elevate', 'pour', 'empty', 'elicit', 'submit',
    'request', 'track', 'tally', 'role-play', 'facilitate', 'lead', 'present', 'escort'],
};

/** Verbs and phrases whose behaviour cannot be observed, with measurable verbs to suggest instead. */
export const NON_OBSERVABLE: Readonly<Record<string, readonly string[]>> = {
  'understand': ['explain', 'describe', 'summarize'],
  'understanding of': ['explain', 'describe', 'summarize'],
  'know': ['list', 'state', 'identify'],
  'knowledge of': ['list', 'state', 'identify'],
  'have knowledge of': ['list', 'state', 'identify'],
  'learn': ['demonstrate', 'perform', 'apply'],
  'appreciate': ['explain', 'justify', 'describe'],
  'believe': ['justify', 'argue', 'explain'],
  'realize': ['identify', 'explain', 'recognize'],
  'be aware of': ['identify', 'list', 'recognize'],
  'become aware of': ['identify', 'list', 'recognize'],
  'awareness of': ['identify', 'list', 'recognize'],
  'be familiar with': ['describe', 'identify', 'use'],
  'become familiar with': ['describe', 'identify', 'use'],
  'familiarity with': ['describe', 'identify', 'use'],
  'be acquainted with': ['describe', 'identify'],
  'comprehend': ['explain', 'summarize', 'paraphrase'],
  'grasp': ['explain', 'describe'],
  'internalize': ['demonstrate', 'apply'],
  'value': ['justify', 'choose', 'explain'],
  'feel': ['state', 'explain'],
  'think': ['explain', 'justify'],
  'recognize the importance of': ['explain', 'justify'],
  'understand the importance of': ['explain', 'justify'],
  'be exposed to': ['identify', 'describe'],
  'gain knowledge': ['list', 'state', 'identify'],
  'gain insight': ['explain', 'describe'],
  'gain an understanding of': ['explain', 'describe'],
  'gain an appreciation of': ['explain', 'justify'],
  'gain confidence': ['perform', 'demonstrate'],
  'gain experience': ['perform', 'demonstrate'],
  'gain skills': ['perform', 'demonstrate'],
  'develop an understanding of': ['explain', 'describe'],
  'develop an appreciation for': ['explain', 'justify'],
  'enjoy': ['choose', 'participate in'],
  'be comfortable with': ['perform', 'demonstrate'],
  'be confident in': ['perform', 'demonstrate'],
  'master': ['perform', 'demonstrate'],
  'explore': ['compare', 'examine', 'describe'],
  'consider': ['compare', 'decide', 'choose'],
  'be sensitive to': ['identify', 'respond to'],
  'improve': ['perform', 'demonstrate'],
};

export interface VerbLists {
  /** Extra observable verbs from configuration. */
  measurable?: readonly string[];
  /** Extra non-observable verbs or phrases from configuration. */
  nonMeasurable?: readonly string[];
}

export type Verdict =
  | { measurable: true; verb: string; levels: BloomLevel[] }
  | { measurable: false; reason: 'non-observable'; phrase: string; suggestions: string[] }
  | { measurable: false; reason: 'no-action-verb'; suggestions: string[] };

const GENERAL_SUGGESTIONS = ['demonstrate', 'perform', 'identify', 'explain', 'list'];
const LEAD_IN = /\b(?:will|shall|should|must|can)\s+(?:be\s+able\s+to\s+)?|\b(?:be\s+)?able\s+to\s+|^\s*to\s+/gi;
const SKIPPED_WORDS = new Set(['the', 'a', 'an', 'each', 'every', 'all', 'and', 'then',
  'correctly', 'accurately', 'independently', 'safely', 'consistently', 'appropriately',
  'properly', 'effectively', 'fully', 'promptly', 'clearly', 'competently', 'confidently', 'routinely', 'also',
  'quickly']);
/**
 * Who performs the behaviour in a third-person statement ("The community health worker identifies ...").
 * The verb is looked for right after one of these words, so a noun phrase such as "Control practices" is
 * not mistaken for a learner doing something.
 */
const LEARNER_NOUNS = new Set(['learner', 'participant', 'trainee', 'student', 'nurse', 'midwife', 'midwives',
  'chw', 'chv', 'hew', 'asha', 'vht', 'tba', 'worker', 'volunteer', 'doctor', 'physician', 'clinician', 'officer',
  'provider', 'pharmacist', 'technician', 'technologist', 'attendant', 'counsellor', 'counselor', 'supervisor',
  'manager', 'vaccinator', 'assistant', 'aide', 'practitioner', 'dispenser', 'educator', 'trainer', 'mentor',
  'resident', 'intern', 'staff', 'personnel', 'surgeon', 'anaesthetist', 'anesthetist', 'therapist', 'dentist',
  'caregiver', 'mother', 'father', 'parent', 'graduate', 'he', 'she', 'they', 'you', 'we']);
/** How far into a statement the learner may reach: "The trained community health worker ..." is four words. */
const MAX_SUBJECT_WORDS = 4;
/** Forms of "be" and "have" that third-person statements use: "is familiar with", "has knowledge of". */
const AUXILIARY_BASES: Readonly<Record<string, string>> = { is: 'be', are: 'be', am: 'be', has: 'have' };

/** A compiled view of the verb lists (built once per configuration). */
export class Measurability {
  private readonly observable = new Map<string, BloomLevel[]>();
  /** Non-observable phrases as matched (filler words dropped) and as written, longest first. */
  private readonly nonObservable: { match: string; phrase: string; suggestions: readonly string[] }[];

  constructor(extra: VerbLists = {}) {
    for (const [level, verbs] of Object.entries(OBSERVABLE_VERBS) as [BloomLevel, readonly string[]][]) {
      for (const verb of verbs) this.addObservable(verb, level);
    }
    for (const verb of extra.measurable ?? []) this.addObservable(normalizePhrase(verb), 'apply');
    const phrases: [string, readonly string[]][] = Object.entries(NON_OBSERVABLE);
    for (const phrase of extra.nonMeasurable ?? []) phrases.push([phrase.toLowerCase(), GENERAL_SUGGESTIONS]);
    // Phrases are compared with the statement's words, so they drop the same filler words ("develop an
    // understanding of" → "develop understanding of"). Longest first, so "understand the importance of" wins.
    this.nonObservable = phrases.map(([phrase, suggestions]) => ({ match: normalizePhrase(phrase), phrase, suggestions }))
      .sort((a, b) => b.match.length - a.match.length);
    for (const { match } of this.nonObservable) this.observable.delete(match);
  }

  private addObservable(verb: string, level: BloomLevel): void {
    const levels = this.observable.get(verb) ?? [];
    if (!levels.includes(level)) levels.push(level);
    this.observable.set(verb, levels);
  }

  /** Bloom levels of an observable verb (base form), or undefined. */
  levelsOf(verb: string): BloomLevel[] | undefined {
    return this.observable.get(verb.toLowerCase());
  }

  judge(statement: string): Verdict {
    for (const behaviour of behaviourCandidates(statement)) {
      const verdict = this.judgeBehaviour(behaviour);
      if (verdict) return verdict;
    }
    return { measurable: false, reason: 'no-action-verb', suggestions: GENERAL_SUGGESTIONS };
  }

  /** Looks for the verb at the behaviour's first word, or right after the learner ("The CHW identifies"). */
  private judgeBehaviour(behaviour: string): Verdict | undefined {
    const words = wordsOf(behaviour);
    for (let position = 0; position <= MAX_SUBJECT_WORDS && position < words.length; position++) {
      if (position > 0 && !isLearner(words[position - 1])) continue;
      const verdict = this.judgeVerbAt(words, position);
      if (verdict) return verdict;
    }
    return undefined;
  }

  private judgeVerbAt(words: readonly string[], position: number): Verdict | undefined {
    const [first, second = ''] = words.slice(position, position + 2);
    const rest = words.slice(position + 1).join(' ');
    for (const base of verbBases(first)) {
      const behaviour = rest ? `${base} ${rest}` : base;
      const nonObservable = this.nonObservable.find(({ match }) => startsWithPhrase(behaviour, match));
      if (nonObservable) {
        return { measurable: false, reason: 'non-observable', phrase: nonObservable.phrase, suggestions: [...nonObservable.suggestions] };
      }
    }
    // Two-word verbs first ("put on", "set up"), then the single verb.
    for (const verb of [...verbBases(first).map(base => `${base} ${second}`), ...verbBases(first)]) {
      const levels = this.observable.get(verb);
      if (levels) return { measurable: true, verb, levels };
    }
    return undefined;
  }
}

/**
 * Where the behaviour may start, lower-cased: after each lead-in ("will", "be able to", "to"), then the
 * statement itself and the text after each comma (to step over a "Given ..., " condition).
 */
export function behaviourCandidates(statement: string): string[] {
  const text = statement.toLowerCase().replace(/\s+/g, ' ').trim();
  const candidates = [...text.matchAll(LEAD_IN)].map(leadIn => text.slice(leadIn.index + leadIn[0].length));
  candidates.push(text);
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    candidates.push(text.slice(comma + 1).trim());
  }
  return candidates;
}

function wordsOf(text: string): string[] {
  return text.split(/[^a-z-]+/).filter(word => word && !SKIPPED_WORDS.has(word));
}

function normalizePhrase(phrase: string): string {
  return wordsOf(phrase.toLowerCase()).join(' ');
}

function isLearner(word: string): boolean {
  return baseForms(word).some(form => LEARNER_NOUNS.has(form));
}

function startsWithPhrase(behaviour: string, phrase: string): boolean {
  if (!behaviour.startsWith(phrase)) return false;
  const next = behaviour.charAt(phrase.length);
  return next === '' || !/[a-z]/.test(next);
}

/** Base forms a statement's verb may stand for, including "is" → be and "has" → have. */
function verbBases(word: string): string[] {
  const auxiliary = AUXILIARY_BASES[word];
  return auxiliary ? [auxiliary] : baseForms(word);
}

/** Candidate base forms of an inflected verb: "identifies" → identify, "washes" → wash, "performs" → perform. */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}
