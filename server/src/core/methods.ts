/**
 * Classifies the free-text `method` of assessments, activities and lessons (contract v2) with a documented
 * vocabulary that `.idstudio.json` can extend. Words are compared by their Porter2 stems, so "observed",
 * "observes" and "observation" all match the term "observation". A method may match several classes
 * ("written calculation, then a drill scored with a checklist"); one that matches none is unclassified and
 * never triggers a rule.
 */
import stem from 'wink-porter2-stemmer';
import type { Span } from './types';

export type MethodClass = 'observes-performance' | 'tests-knowledge' | 'product' | 'practice' | 'presentation';

export const METHOD_CLASSES: readonly MethodClass[] = ['observes-performance', 'tests-knowledge', 'product', 'practice', 'presentation'];

/** How each class reads in messages, hovers, the matrix and the report. */
export const METHOD_CLASS_LABELS: Readonly<Record<MethodClass, string>> = {
  'observes-performance': 'observes performance',
  'tests-knowledge': 'tests knowledge',
  product: 'judges a product',
  practice: 'lets learners practise',
  presentation: 'presents content',
};

/**
 * The built-in vocabulary. A term may belong to two classes: a simulation both lets learners practise
 * (as an activity) and observes their performance (as an assessment).
 */
export const METHOD_VOCABULARY: Readonly<Record<MethodClass, readonly string[]>> = {
  'observes-performance': ['observation', 'checklist', 'OSCE', 'skills station', 'skill station', 'practical station',
    'return demonstration', 'simulation', 'audit', 'on the job', 'rating scale', 'practical exam',
    'practical examination', 'practical assessment', 'performance assessment', 'spot check', 'logbook'],
  'tests-knowledge': ['quiz', 'quizzes', 'MCQ', 'MCQs', 'multiple choice', 'written test', 'written exam',
    'written examination', 'written questions', 'written calculation', 'short answer', 'true or false', 'questionnaire',
    'oral questions', 'oral questioning', 'oral exam', 'viva', 'knowledge test', 'pre-test', 'post-test', 'pretest',
    'posttest'],
  product: ['case study', 'case studies', 'project', 'portfolio', 'plan', 'essay', 'assignment', 'poster'],
  practice: ['practice', 'practise', 'drill', 'role play', 'roleplay', 'supervised practice', 'simulation',
    'return demonstration', 'hands-on', 'rehearsal', 'skills lab', 'on-the-job practice'],
  presentation: ['lecture', 'slides', 'slide show', 'PowerPoint', 'reading', 'video', 'talk', 'presentation',
    'webinar', 'handout', 'film'],
};

/** A vocabulary term found in a method text. */
export interface MethodMatch { methodClass: MethodClass; term: string; span: Span }

export interface MethodClassification {
  /** The classes the text matched, in METHOD_CLASSES order; empty when unclassified. */
  classes: MethodClass[];
  matches: MethodMatch[];
}

interface Term { methodClass: MethodClass; term: string; stems: string[] }
interface Word { stem: string; span: Span }

const WORD = /[\p{L}\p{N}]+/gu;

/** The vocabulary compiled once per configuration: built-in terms plus the design's own. */
export class MethodClassifier {
  private readonly terms: Term[] = [];

  constructor(extra: Partial<Record<MethodClass, readonly string[]>> = {}) {
    for (const methodClass of METHOD_CLASSES) {
      for (const term of [...METHOD_VOCABULARY[methodClass], ...(extra[methodClass] ?? [])]) {
        const stems = wordsOf(term).map(word => word.stem);
        if (stems.length) this.terms.push({ methodClass, term, stems });
      }
    }
    // Longest first, so "supervised practice" is named before "practice" in a hover.
    this.terms.sort((a, b) => b.stems.length - a.stems.length);
  }

  classify(text: string): MethodClassification {
    const words = wordsOf(text);
    const matches: MethodMatch[] = [];
    for (const term of this.terms) {
      for (let index = 0; index + term.stems.length <= words.length; index++) {
        if (!term.stems.every((termStem, offset) => words[index + offset].stem === termStem)) continue;
        const span = { start: words[index].span.start, end: words[index + term.stems.length - 1].span.end };
        // "oral questions" and "oral questioning" are one finding, not two.
        const known = matches.some(match => match.methodClass === term.methodClass && match.span.start < span.end && span.start < match.span.end);
        if (!known) matches.push({ methodClass: term.methodClass, term: term.term, span });
        break;
      }
    }
    const found = new Set(matches.map(match => match.methodClass));
    return { classes: METHOD_CLASSES.filter(methodClass => found.has(methodClass)), matches };
  }
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map(match => ({
    stem: stem(match[0].toLowerCase()),
    span: { start: match.index, end: match.index + match[0].length },
  }));
}
