/**
 * Part-of-speech tags and lemmas of a statement, from compromise (a rule-based English tagger and
 * lemmatiser that bundles into Node and browser builds without loading files).
 */
import type nlpType from 'compromise';
import type { Span } from './types';

type Tagger = typeof nlpType;
let tagger: Tagger | undefined;

/**
 * compromise builds its lexicon when first loaded (about 0.2 s): loaded on the first statement, so a run
 * or a session without objectives never pays for it.
 */
function loadTagger(): Tagger {
  if (!tagger) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load that esbuild still bundles
    const loaded = require('compromise') as Tagger | { default: Tagger };
    tagger = 'default' in loaded ? loaded.default : loaded;
  }
  return tagger;
}

export interface Token extends Span {
  /** As written. */
  text: string;
  /** Lower case, punctuation apart. */
  lower: string;
  /** The base form the tagger gives (verbs: infinitive; nouns: singular); the lower-case word otherwise. */
  lemma: string;
  /** compromise tags: Verb, Infinitive, PresentTense, Gerund, Noun, Adverb, Modal, Auxiliary, Preposition... */
  tags: ReadonlySet<string>;
  /** Readings the tagger chose between, such as "Noun|Verb" (a word that can be either). */
  ambiguity?: string;
}

interface Term { text: string; pre: string; post: string; normal: string; root?: string; tags: Set<string>; switch?: string }

const PUNCTUATION = /[,;:.()!?"“”]|(?<=\s)[-–—](?=\s)/g;

/** The statement's words and punctuation marks with their tags, offsets into `text`. */
export function tagStatement(text: string): Token[] {
  const document = loadTagger()(text);
  document.compute('root');
  const tokens: Token[] = [];
  let cursor = 0;
  for (const term of (document as unknown as { document: Term[][] }).document.flat()) {
    const start = text.indexOf(term.text, cursor);
    if (start === -1 || term.text === '') continue;
    pushPunctuation(tokens, text, cursor, start);
    const end = start + term.text.length;
    const lower = term.text.toLowerCase().replace(/[’']s$/, '').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || term.text.toLowerCase();
    tokens.push({ start, end, text: term.text, lower, lemma: term.tags.has('Copula') ? 'be' : (term.root ?? lower).toLowerCase(), tags: term.tags, ambiguity: term.switch });
    cursor = end;
    const after = term.post.trim();
    if (after) pushPunctuation(tokens, text, cursor, cursor + term.post.length);
    cursor = Math.max(cursor, start + term.text.length);
  }
  return tokens;
}

/** Punctuation between words becomes tokens of its own: clause boundaries matter to the reader. */
function pushPunctuation(tokens: Token[], text: string, from: number, to: number): void {
  const between = text.slice(from, to);
  for (const match of between.matchAll(PUNCTUATION)) {
    const start = from + match.index;
    if (tokens.some(token => token.start === start)) continue;
    tokens.push({ start, end: start + 1, text: match[0], lower: match[0], lemma: match[0], tags: new Set() });
  }
}

/** Whether the tagger considered a verb reading of the word ("Load" in "Load the data": Noun|Verb). */
export function verbReading(token: Token): boolean {
  return token.ambiguity?.includes('Verb') === true || token.tags.has('Verb');
}

const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Verb', 'PhrasalVerb', 'Imperative']);
/** Endings of adjectives and abstract nouns: an unknown word with one is not taken for a verb. */
const NOT_VERB_ENDING = /(?:al|ic|ous|ive|ful|less|able|ible|ary|ory|ness|ment|tion|sion|ity|ism|ist|ics|ence|ance)$/;

/**
 * The base form of a word that can be a verb where a verb is due ("The participant can: Summon
 * assistance", "The objectives are: Communicating with ..."), or undefined. The tagger's lexicon says
 * whether the word has a verb reading (alone, or as a noun/verb "switch"); a word it does not know is taken
 * for a verb unless its ending marks an adjective or a noun.
 */
export function readsAsVerb(word: string): string | undefined {
  const lower = word.toLowerCase();
  const world = worldOf();
  const base = lower.endsWith('ing') ? world.methods.two.transform.verb.toInfinitive(lower, world.model, 'Gerund') : lower;
  const reading = lexicalVerbReading(base);
  if (reading !== undefined) return reading ? base : undefined;
  // An unknown word in "-s" is more likely a plural noun ("Loops and iterations") than a verb.
  return NOT_VERB_ENDING.test(base) || /[^s]s$/.test(base) ? undefined : base;
}

/** The tagger's base form of a verb form ("Demonstrates" → demonstrate, "Is" → be), read by its ending. */
export function baseOfVerb(word: string): string {
  const lower = word.toLowerCase();
  const world = worldOf();
  const tense = lower.endsWith('ing') ? 'Gerund' : lower.endsWith('ed') ? 'PastTense' : 'PresentTense';
  return world.methods.two.transform.verb.toInfinitive(lower, world.model, tense) || lower;
}

/** Whether the tagger's lexicon knows a verb reading of the base form (alone or as a noun/verb switch). */
export function hasVerbReading(base: string): boolean {
  return lexicalVerbReading(base.toLowerCase()) === true;
}

function lexicalVerbReading(base: string): boolean | undefined {
  const { model } = worldOf();
  const lexical = model.one.lexicon[base];
  const switched = model.two.switches[base];
  if (lexical === undefined && switched === undefined) return undefined;
  return VERB_TAGS.has(lexical) || switched?.includes('Verb') === true;
}

interface TaggerWorld {
  model: { one: { lexicon: Record<string, string> }; two: { switches: Record<string, string> } };
  methods: { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense: string): string } } } };
}

let world: TaggerWorld | undefined;

function worldOf(): TaggerWorld {
  world ??= loadTagger().world() as unknown as TaggerWorld;
  return world;
}
