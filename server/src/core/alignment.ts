/**
 * Constructive alignment of one objective: the assessments that prove it and the activities and lessons
 * that let learners practise it, with the method class of each. Shared by the two alignment rules, the
 * alignment matrix and the design report, so they can never disagree.
 */
import { fieldOf, type Item } from './document';
import type { Kind } from './kinds';
import type { MethodClass, MethodClassification, MethodClassifier } from './methods';
import { objectiveDomain, type ObjectiveDomain } from './objective-domain';
import type { Span } from './types';
import { scalarText } from './yaml-tree';

/** What alignment reads of a design: definitions and referrers of ids. */
export interface AlignmentSource {
  definitionsOf(id: string): readonly Item[];
  referrersOf(id: string): readonly { field: string; item: Item }[];
}

export interface Classifiers { methods: MethodClassifier }

/** An item's `method:` text, where it sits, and how it was classified. */
export interface ClassifiedMethod { text: string; span: Span; classification: MethodClassification }

export function methodOf(item: Item, methods: MethodClassifier): ClassifiedMethod | undefined {
  const entry = fieldOf(item, 'method');
  const text = scalarText(entry?.value)?.trim();
  return text ? { text, span: entry!.value!.span, classification: methods.classify(text) } : undefined;
}

/** The distinct items of a kind that list the objective in their `objectives:` (with an id: missing-id reports the others). */
export function referrersOfKind(design: AlignmentSource, objective: Item, kind: Kind): Item[] {
  if (objective.id === undefined) return [];
  const items = design.referrersOf(objective.id)
    .filter(reference => reference.field === 'objectives' && reference.item.kind === kind && reference.item.id !== undefined)
    .map(reference => reference.item);
  return [...new Set(items)];
}

export interface Alignment {
  domain: ObjectiveDomain | undefined;
  assessments: Item[];
  activities: Item[];
  lessons: Item[];
  /** For a performed skill assessed only by methods that test knowledge: those assessments. */
  mismatchedAssessments?: Item[];
  /** For a performed skill whose activities all have classified methods and none lets learners practise: those activities. */
  activitiesWithoutPractice?: Item[];
}

export function alignmentOf(design: AlignmentSource, objective: Item, classifiers: Classifiers): Alignment {
  const domain = objectiveDomain(objective);
  const alignment: Alignment = {
    domain,
    assessments: referrersOfKind(design, objective, 'assessment'),
    activities: referrersOfKind(design, objective, 'activity'),
    lessons: referrersOfKind(design, objective, 'lesson'),
  };
  if (domain?.domain !== 'psychomotor') return alignment;
  const classesOf = (item: Item) => methodOf(item, classifiers.methods)?.classification.classes ?? [];
  if (knowledgeOnly(alignment.assessments.map(classesOf))) alignment.mismatchedAssessments = alignment.assessments;
  if (alignment.activities.length && withoutPractice(alignment.activities.map(classesOf))
    && !lessonsMayPractise(design, alignment.lessons, classesOf)) {
    alignment.activitiesWithoutPractice = alignment.activities;
  }
  return alignment;
}

/** Every assessment classified, and each only tests knowledge (an unclassified one might observe performance). */
function knowledgeOnly(assessments: readonly MethodClass[][]): boolean {
  return assessments.length > 0 && assessments.every(classes => classes.length > 0 && classes.every(cls => cls === 'tests-knowledge'));
}

/** Every activity classified, and none lets learners practise. */
function withoutPractice(activities: readonly MethodClass[][]): boolean {
  return activities.every(classes => classes.length > 0 && !classes.includes('practice'));
}

/**
 * A lesson that lists the objective may hold the practice in an activity of its own (one that does not list
 * the objective): then, or when such an activity is unclassified, the rule says nothing.
 */
function lessonsMayPractise(design: AlignmentSource, lessons: readonly Item[], classesOf: (item: Item) => MethodClass[]): boolean {
  return lessons.some(lesson => lesson.references.filter(reference => reference.field === 'activities')
    .flatMap(reference => design.definitionsOf(reference.id).filter(item => item.kind === 'activity'))
    .some(activity => {
      const classes = classesOf(activity);
      return classes.length === 0 || classes.includes('practice');
    }));
}
