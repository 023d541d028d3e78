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
    'immunize', 'vaccinate', 'swab', 'handwash', 'glove', 'gown', 'mask'],
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
  'gain': ['demonstrate', 'perform'],
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
const LEAD_IN = /\b(?:will|shall|should|must|can)\s+(?:be\s+able\s+to\s+)?|\b(?:be\s+)?able\s+to\s+|^\s*to\s+/i;
const SKIPPED_WORDS = new Set(['the', 'a', 'an', 'each', 'every', 'all', 'and', 'then',
'correctly', 'accurately', 'independently', 'safely', 'consistently', 'appropriately',
  'properly', 'effectively', 'fully', 'promptly', 'clearly', 'competently', 'confidently', 'routinely', 'also',
  'quickly']);

/** A compiled view of the verb lists (built once per configuration). */
export class Measurability {
  private readonly observable = new Map<string, BloomLevel[]>();
  private readonly nonObservable: [string, readonly string[]][];

  constructor(extra: VerbLists = {}) {
    for (const [level, verbs] of Object.entries(OBSERVABLE_VERBS) as [BloomLevel, readonly string[]][]) {
      for (const verb of verbs) this.addObservable(verb, level);
    }
    for (const verb of extra.measurable ?? []) this.addObservable(verb.toLowerCase(), 'apply');
    const phrases: [string, readonly string[]][] = Object.entries(NON_OBSERVABLE);
    for (const phrase of extra.nonMeasurable ?? []) phrases.push([phrase.toLowerCase(), GENERAL_SUGGESTIONS]);
    // Longest first, so "understand the importance of" wins over "understand".
    this.nonObservable = phrases.sort((a, b) => b[0].length - a[0].length);
    for (const [phrase] of this.nonObservable) this.observable.delete(phrase);
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

  /** Looks for the verb at the behaviour's first word, or its second when the first is the learner. */
  private judgeBehaviour(behaviour: string): Verdict | undefined {
    const words = behaviour.split(/[^a-z-]+/).filter(word => word && !SKIPPED_WORDS.has(word));
    for (const position of [0, 1]) {
      const rest = words.slice(position).join(' ');
      const nonObservable = this.nonObservable.find(([phrase]) => startsWithPhrase(rest, phrase));
      if (nonObservable) {
        return { measurable: false, reason: 'non-observable', phrase: nonObservable[0], suggestions: [...nonObservable[1]] };
      }
      const pair = `${words[position] ?? ''} ${words[position + 1] ?? ''}`;
      for (const base of [...baseForms(pair), ...baseForms(words[position] ?? '')]) {
        const levels = this.observable.get(base);
        if (levels) return { measurable: true, verb: base, levels };
      }
    }
    return undefined;
  }
}

/**
 * Where the behaviour may start, lower-cased: after a lead-in ("will", "be able to", "to"), else the
 * statement itself and the text after each comma (to step over a "Given ..., " condition).
 */
export function behaviourCandidates(statement: string): string[] {
  const text = statement.toLowerCase().replace(/\s+/g, ' ').trim();
  const leadIn = LEAD_IN.exec(text);
  if (leadIn) return [text.slice(leadIn.index + leadIn[0].length)];
  const candidates = [text];
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    candidates.push(text.slice(comma + 1).trim());
  }
  return candidates;
}

function startsWithPhrase(behaviour: string, phrase: string): boolean {
  if (!behaviour.startsWith(phrase)) return false;
  const next = behaviour.charAt(phrase.length);
  return next === '' || !/[a-z]/.test(next);
}

/** Candidate base forms of an inflected verb: "identifies" → identify, "washes" → wash, "performs" → perform. */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}
