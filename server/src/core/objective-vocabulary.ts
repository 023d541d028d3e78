/**
 * The words an objective statement is judged with. Observable behaviour is the open class (any action verb);
 * what cannot be observed is the closed class kept here: internal states, "demonstrate an understanding of",
 * growth of the learner's capacities, and statements about what the trainer or the course does.
 * Verbs are in their American base form; British spellings are mapped to it before look-up.
 */

export type BloomLevel = 'remember' | 'understand' | 'apply' | 'analyze' | 'evaluate' | 'create' | 'perform';
/** The domain of a behaviour: a performed skill, a thinking skill, or an attitude. */
export type BehaviourDomain = 'psychomotor' | 'cognitive' | 'affective';

/** Observable verbs by revised Bloom level (plus psychomotor "perform"); a verb may sit at several levels. */
export const OBSERVABLE_VERBS: Readonly<Record<BloomLevel, readonly string[]>> = {
  remember: ['arrange', 'cite', 'define', 'duplicate', 'label', 'list', 'match', 'memorize', 'name', 'order',
    'quote', 'recall', 'recite', 'recognize', 'record', 'repeat', 'reproduce', 'select', 'state', 'tell', 'identify',
    'locate', 'enumerate', 'outline', 'spell', 'write'],
  understand: ['classify', 'compare', 'contrast', 'describe', 'discuss', 'distinguish', 'estimate', 'explain',
    'express', 'extend', 'generalize', 'give', 'illustrate', 'indicate', 'infer', 'interpret', 'paraphrase',
    'predict', 'report', 'restate', 'review', 'rewrite', 'summarize', 'translate', 'identify', 'locate', 'select',
    'exemplify', 'convert', 'defend', 'differentiate', 'sort', 'group', 'outline'],
  apply: ['administer', 'apply', 'calculate', 'change', 'choose', 'complete', 'compute', 'conduct', 'construct',
    'demonstrate', 'dramatize', 'employ', 'execute', 'implement', 'interview', 'manipulate', 'modify', 'operate',
    'practice', 'prepare', 'produce', 'schedule', 'show', 'sketch', 'solve', 'use', 'counsel', 'educate', 'teach',
    'instruct', 'refer', 'screen', 'triage', 'measure', 'weigh', 'chart', 'document', 'dispense', 'prescribe',
    'treat', 'manage', 'respond', 'communicate', 'explain', 'fill', 'follow', 'handle', 'maintain', 'obtain',
    'provide', 'advise', 'ask', 'greet', 'inform', 'notify', 'report', 'collect', 'prioritize', 'load', 'run',
    'install', 'configure', 'merge', 'commit', 'query', 'filter', 'import', 'export', 'enter', 'navigate', 'edit',
    'print', 'save', 'search', 'access', 'transcribe', 'utilize', 'troubleshoot', 'debug', 'deploy', 'program',
    'code', 'fit', 'clone', 'push', 'pull', 'download', 'upload'],
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
    'palpate', 'auscultate', 'examine', 'take', 'record', 'draw', 'dilute', 'mix', 'reconstitute', 'set', 'set up',
    'connect', 'give', 'calibrate', 'assemble', 'adjust', 'cover', 'discard', 'fit', 'isolate', 'place', 'rinse',
    'scrub', 'spray', 'store', 'transport', 'wipe', 'change', 'apply', 'carry out', 'start', 'stop', 'resuscitate',
    'ventilate', 'immunize', 'vaccinate', 'swab', 'handwash', 'glove', 'gown', 'mask', 'count', 'read', 'plot',
    'initiate', 'titrate', 'cannulate', 'catheterize', 'intubate', 'aspirate', 'irrigate', 'percuss', 'splint',
    'immobilize', 'feed', 'deliver', 'stabilize', 'transfer', 'close', 'open', 'replace', 'seal', 'tie', 'attach',
    'clamp', 'cut', 'suction', 'massage', 'dry', 'wrap', 'hold', 'lift', 'turn', 'elevate', 'pour', 'empty', 'elicit',
    'submit', 'request', 'track', 'tally', 'role-play', 'facilitate', 'lead', 'present', 'escort', 'walk', 'type',
    'tag', 'bathe', 'shave', 'weigh'],
};

/** Verbs of attitude: observable conduct that shows a value (Krathwohl's affective domain). */
const AFFECTIVE_VERBS = ['accept', 'adhere', 'advocate', 'comply', 'cooperate', 'empathize', 'respect', 'volunteer',
  'uphold', 'champion', 'embrace', 'reassure', 'encourage', 'welcome', 'listen', 'commit', 'promote', 'challenge'];

/** Measurable verbs to suggest in place of a vague one, by what the vague one is about. */
const SUGGEST = {
  knowing: ['list', 'state', 'identify'],
  understanding: ['explain', 'describe', 'summarize'],
  valuing: ['explain', 'justify', 'describe'],
  doing: ['perform', 'demonstrate', 'apply'],
  general: ['demonstrate', 'perform', 'identify', 'explain', 'list'],
} as const;

/** Verbs of internal states: what the learner thinks or feels, which nobody can watch. */
export const INTERNAL_STATE_VERBS: Readonly<Record<string, readonly string[]>> = {
  understand: SUGGEST.understanding, comprehend: SUGGEST.understanding, grasp: SUGGEST.understanding,
  know: SUGGEST.knowing, learn: SUGGEST.doing, remember: SUGGEST.knowing, memorise: SUGGEST.knowing,
  appreciate: SUGGEST.valuing, value: SUGGEST.valuing, believe: SUGGEST.valuing, realize: ['identify', 'explain'],
  internalize: SUGGEST.doing, feel: ['state', 'explain'], think: ['explain', 'justify'], enjoy: ['choose', 'participate in'],
  master: SUGGEST.doing, explore: ['compare', 'examine', 'describe'], consider: ['compare', 'decide', 'choose'],
  reflect: ['describe', 'evaluate', 'explain'], acquire: SUGGEST.doing, gain: SUGGEST.doing, relate: ['explain', 'compare'],
  engage: ['perform', 'participate in', 'complete'], expect: ['predict', 'state'],
  embrace: ['choose', 'apply'], study: ['explain', 'solve', 'apply'], familiarize: ['describe', 'identify', 'use'],
};
/** Internal-state verbs that are vague only before a word: "relate to the topic" (but "relate X to Y"), "engage in". */
export const VAGUE_ONLY_BEFORE: Readonly<Record<string, readonly string[]>> = { relate: ['to'] };

/** What one "understands the ... of" or "recognizes the ... of": an appreciation, not an act. */
export const WORTH_NOUNS = ['importance', 'value', 'need', 'limitations', 'limits', 'role', 'significance', 'relevance',
  'contribution', 'necessity', 'benefits', 'impact', 'complexity', 'diversity'];

/** Nouns of capacities: "demonstrate an understanding of", "develop proficiency in", "knowledge of". */
export const CAPACITY_NOUNS: Readonly<Record<string, readonly string[]>> = {
  understanding: SUGGEST.understanding, knowledge: SUGGEST.knowing, awareness: ['identify', 'list', 'describe'],
  appreciation: SUGGEST.valuing, familiarity: ['describe', 'identify', 'use'], grasp: SUGGEST.understanding,
  insight: SUGGEST.understanding, comprehension: SUGGEST.understanding, proficiency: SUGGEST.doing,
  competence: SUGGEST.doing, competency: SUGGEST.doing, competencies: SUGGEST.doing, confidence: SUGGEST.doing,
  skills: SUGGEST.doing, skill: SUGGEST.doing, ability: SUGGEST.doing, abilities: SUGGEST.doing,
  capacity: SUGGEST.doing, foundation: SUGGEST.understanding, sense: SUGGEST.understanding,
  thinking: ['analyze', 'evaluate', 'justify'], expertise: SUGGEST.doing, literacy: SUGGEST.doing,
  attitudes: SUGGEST.valuing, mastery: SUGGEST.doing, inquiry: ['investigate', 'formulate'], learning: SUGGEST.doing, experience: SUGGEST.doing,
};

/** Capacities that are known or felt, not done: "demonstrate knowledge of", "show a commitment to". */
export const KNOWING_NOUNS = new Set(['understanding', 'knowledge', 'awareness', 'appreciation', 'familiarity', 'grasp',
  'insight', 'insights', 'comprehension', 'commitment', 'attitude', 'attitudes', 'sense', 'foundation']);

/**
 * Verbs that show a capacity: observable with a performed object ("demonstrate the use of an AED",
 * "demonstrate skills"), not with a known or felt one ("demonstrate an understanding of").
 */
export const SHOWING_VERBS = new Set(['demonstrate', 'show', 'display', 'illustrate', 'exhibit', 'have', 'possess',
  'maintain', 'clarify', 'express', 'convey', 'communicate']);
/** Verbs of growth: with any capacity as object they say the learner will improve, not what they will do. */
export const GROWTH_VERBS = new Set(['acquire', 'gain', 'develop', 'build', 'improve', 'enhance', 'increase', 'extend',
  'strengthen', 'deepen', 'broaden', 'refresh', 'advance', 'expand', 'promote', 'foster', 'enrich', 'cultivate',
  'refine', 'attain', 'achieve', 'raise', 'get', 'update', 'consolidate', 'give', 'provide', 'undertake', 'pursue']);

/** Adjectives of a state after "be"/"become": "be aware of", "become familiar with". */
export const STATE_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  aware: ['identify', 'list', 'describe'], familiar: ['describe', 'identify', 'use'], acquainted: ['describe', 'identify'],
  comfortable: SUGGEST.doing, confident: SUGGEST.doing, knowledgeable: SUGGEST.knowing, competent: SUGGEST.doing,
  proficient: SUGGEST.doing, sensitive: ['identify', 'respond to'], conscious: ['identify', 'describe'],
  exposed: ['identify', 'describe'], introduced: ['identify', 'describe'],
  capable: SUGGEST.doing, skilled: SUGGEST.doing,
};

/**
 * Verbs of what the trainer does to learners, after a statement-initial "To" ("To equip nurses with ...",
 * "To introduce functions ..."). With a learner as object, any verb is the trainer's ("To prepare students to ...").
 */
export const TRAINER_VERBS = new Set(['provide', 'equip', 'introduce', 'inform', 'foster', 'enable', 'help', 'train',
  'expose', 'familiarize', 'acquaint', 'orient', 'sensitize', 'offer', 'empower', 'encourage', 'guide', 'instill',
  'impart', 'motivate', 'inspire', 'raise', 'advance', 'enhance', 'extend', 'strengthen', 'build', 'update',
  'refresh', 'increase', 'improve', 'support', 'assist', 'allow', 'teach', 'give', 'promote', 'ensure', 'equip']);
/** Nouns naming the course, not the learner: the subject of a trainer-centred statement. */
export const COURSE_NOUNS = new Set(['course', 'module', 'unit', 'lesson', 'session', 'training', 'programme', 'program',
  'workshop', 'curriculum', 'package', 'goal', 'aim', 'purpose', 'chapter', 'class', 'tutorial', 'seminar', 'webinar',
  'section', 'intent', 'intention', 'we', 'instructor', 'trainer', 'facilitator', 'teacher', 'guide', 'manual',
  'handbook', 'toolkit']);
/** Who performs the behaviour: with one of these as subject, the statement is about the learner. */
export const LEARNER_NOUNS = new Set(['learner', 'participant', 'trainee', 'student', 'nurse', 'midwife', 'midwives',
  'chw', 'chv', 'hew', 'asha', 'vht', 'tba', 'worker', 'volunteer', 'doctor', 'physician', 'clinician', 'officer',
  'provider', 'pharmacist', 'technician', 'technologist', 'attendant', 'counsellor', 'counselor', 'supervisor',
  'manager', 'vaccinator', 'assistant', 'aide', 'practitioner', 'dispenser', 'educator', 'mentor', 'resident',
  'intern', 'staff', 'personnel', 'surgeon', 'anaesthetist', 'anesthetist', 'therapist', 'dentist', 'caregiver',
  'graduate', 'professional', 'apprentice', 'candidate', 'employee', 'you', 'he', 'she', 'they', 'i', 'consumer',
  'patient', 'user', 'team', 'people', 'individual', 'member', 'pupil', 'child', 'children', 'client', 'nco', 'soldier']);

export interface VerbLists {
  /** Extra observable verbs from configuration. */
  measurable?: readonly string[];
  /** Extra non-observable verbs or phrases from configuration. */
  nonMeasurable?: readonly string[];
}

/** A configured phrase that is not observable, as words to match. */
export interface ConfiguredPhrase { words: readonly string[]; phrase: string }

/** The lists compiled once per configuration: Bloom levels of verbs, configured extra phrases. */
export class ObjectiveVocabulary {
  private readonly levels = new Map<string, BloomLevel[]>();
  private readonly configuredObservable = new Set<string>();
  readonly configuredVague: readonly ConfiguredPhrase[];

  constructor(extra: VerbLists = {}) {
    for (const [level, verbs] of Object.entries(OBSERVABLE_VERBS) as [BloomLevel, readonly string[]][]) {
      for (const verb of verbs) this.addLevel(verb, level);
    }
    for (const verb of extra.measurable ?? []) {
      const normal = verb.trim().toLowerCase().replace(/\s+/g, ' ');
      this.configuredObservable.add(normal);
      if (!this.levels.has(normal)) this.levels.set(normal, []);
    }
    this.configuredVague = (extra.nonMeasurable ?? []).map(phrase => ({
      phrase: phrase.trim(), words: phrase.trim().toLowerCase().split(/\s+/).filter(Boolean),
    })).filter(entry => entry.words.length > 0).sort((a, b) => b.words.length - a.words.length);
  }

  private addLevel(verb: string, level: BloomLevel): void {
    const levels = this.levels.get(verb) ?? [];
    if (!levels.includes(level)) levels.push(level);
    this.levels.set(verb, levels);
  }

  /** Whether the verb (American base form, or a two-word verb such as "set up") is a known observable verb. */
  isKnownVerb(lemma: string): boolean {
    return this.levels.has(lemma);
  }

  /** Whether configuration declared the verb observable: it then wins over the built-in vague lists. */
  isConfiguredObservable(lemma: string): boolean {
    return this.configuredObservable.has(lemma);
  }

  /** Revised-Bloom levels of an observable verb, or undefined when none is known. */
  bloomOf(lemma: string): BloomLevel[] | undefined {
    const levels = this.levels.get(lemma);
    return levels && levels.length > 0 ? [...levels] : undefined;
  }

  /** The domain of an observable verb: psychomotor for performed skills, affective for conduct, else cognitive. */
  domainOf(lemma: string): BehaviourDomain | undefined {
    const levels = this.levels.get(lemma) ?? [];
    if (levels.includes('perform')) return 'psychomotor';
    if (AFFECTIVE_VERBS.includes(lemma)) return 'affective';
    return levels.length > 0 ? 'cognitive' : undefined;
  }
}

/** Suggestions for a verb that is not observable (general ones when nothing more precise is known). */
export function suggestionsFor(word: string): string[] {
  return [...(INTERNAL_STATE_VERBS[word] ?? CAPACITY_NOUNS[word] ?? STATE_ADJECTIVES[word] ?? SUGGEST.general)];
}

export const GENERAL_SUGGESTIONS: readonly string[] = SUGGEST.general;

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
