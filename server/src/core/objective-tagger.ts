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

const PUNCTUATION = /[,;:.()!?]/g;

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
