/**
 * The alignment matrix of one design (the "course map" reviewers ask for): one row per objective, grouped by
 * task and essential skill, with the assessments (and their method class), activities and lessons that
 * reference it, its gaps and mismatches, and coverage figures. Pure: the editor's webview and the design
 * report both render this model.
 */
import { alignmentOf, methodOf, type AlignmentSource, type Classifiers } from './alignment';
import type { DesignDocument, Item } from './document';
import type { Kind } from './kinds';
import {
  LEVEL_BUCKETS, type AlignmentMatrix, type LevelBucket, type MatrixCounts, type MatrixItem, type MatrixMethodItem, type MatrixRow,
  type MatrixSkillGroup, type MatrixTaskGroup, type RowMark,
} from './matrix-model';
import { itemTitle } from './navigation';
import { statementOf } from './rules/objective-fields';

export * from './matrix-model';

/** What the matrix reads of a design (the `Design` class provides it). */
export interface MatrixSource extends AlignmentSource {
  allDocuments(): Iterable<DesignDocument>;
  classifiers: Classifiers;
}

export function buildMatrix(design: MatrixSource): AlignmentMatrix {
  const documents = [...design.allDocuments()].filter(document => document.isDesign).sort((a, b) => a.uri.localeCompare(b.uri));
  const itemsOf = (kind: Kind) => withId(documents.filter(document => document.kind === kind).flatMap(document => document.items));
  const placed = new Set<Item>();
  const skillGroup = (skill: Item | undefined, objectives: Item[]): MatrixSkillGroup => {
    const elsewhere = objectives.filter(objective => placed.has(objective)).map(objective => objective.id!);
    return {
      ...(skill && { skill: located(skill) }),
      ...(skill && objectives.length === 0 && { withoutObjective: true as const }),
      ...(elsewhere.length && { shownElsewhere: elsewhere }),
      rows: objectives.filter(objective => !placed.has(objective) && placed.add(objective)).map(objective => rowOf(design, objective)),
    };
  };
  const skillsPlaced = new Set<Item>();
  const groups: MatrixTaskGroup[] = itemsOf('task').map(task => ({
    task: located(task),
    skills: skillsOfTask(design, task).map(skill => {
      skillsPlaced.add(skill);
      return skillGroup(skill, referrers(design, skill, 'skills', 'objective'));
    }),
  }));
  const looseSkills = itemsOf('skill').filter(skill => !skillsPlaced.has(skill))
    .map(skill => skillGroup(skill, referrers(design, skill, 'skills', 'objective')));
  const looseObjectives = skillGroup(undefined, itemsOf('objective'));
  const loose = [...looseSkills, ...(looseObjectives.rows.length ? [looseObjectives] : [])];
  if (loose.length) groups.push({ skills: loose });
  return { groups, counts: countsOf(groups), levels: levelsOf(groups) };
}

function rowOf(design: MatrixSource, objective: Item): MatrixRow {
  const alignment = alignmentOf(design, objective, design.classifiers);
  const withMethod = (item: Item): MatrixMethodItem => {
    const method = methodOf(item, design.classifiers.methods);
    return { ...located(item), ...(method && { method: method.text }), classes: method?.classification.classes ?? [] };
  };
  const marks: RowMark[] = [];
  if (alignment.assessments.length === 0) marks.push('not-assessed');
  if (alignment.activities.length + alignment.lessons.length === 0) marks.push('not-practised');
  if (alignment.mismatchedAssessments) marks.push('method-mismatch');
  if (alignment.activitiesWithoutPractice) marks.push('no-practice');
  const statement = statementOf(objective)?.text.replace(/\s+/g, ' ');
  return {
    objective: { ...located(objective), ...(statement && { statement }) },
    ...(alignment.domain && { domain: alignment.domain.domain }),
    level: alignment.domain ? alignment.domain.level ?? alignment.domain.domain : 'unknown',
    assessments: alignment.assessments.map(withMethod),
    activities: alignment.activities.map(withMethod),
    lessons: alignment.lessons.map(located),
    marks,
  };
}

/** The task's skills: those its `skills:` lists, then those that name it in their `tasks:`. */
function skillsOfTask(design: MatrixSource, task: Item): Item[] {
  const listed = task.references.filter(reference => reference.field === 'skills')
    .flatMap(reference => design.definitionsOf(reference.id).filter(item => item.kind === 'skill'));
  return [...new Set([...listed, ...referrers(design, task, 'tasks', 'skill')])];
}

function referrers(design: MatrixSource, item: Item, field: string, kind: Kind): Item[] {
  if (item.id === undefined) return [];
  return withId([...new Set(design.referrersOf(item.id).filter(reference => reference.field === field && reference.item.kind === kind)
    .map(reference => reference.item))]);
}

/** The items the matrix can name: an item without id (missing-id reports it) has no id to show or link to. */
function withId(items: readonly Item[]): Item[] {
  return items.filter(item => item.id !== undefined);
}

function located(item: Item): MatrixItem {
  const title = itemTitle(item);
  return { id: item.id!, kind: item.kind, ...(title && { title }), uri: item.document.uri, range: item.document.lines.rangeOf(item.anchor) };
}

function countsOf(groups: readonly MatrixTaskGroup[]): MatrixCounts {
  const rows = groups.flatMap(group => group.skills.flatMap(skill => skill.rows));
  const without = (mark: RowMark) => rows.filter(row => !row.marks.includes(mark)).length;
  return {
    objectives: rows.length,
    assessed: without('not-assessed'),
    practised: rows.filter(row => !row.marks.includes('not-practised') && !row.marks.includes('no-practice')).length,
    taught: rows.filter(row => row.lessons.length > 0).length,
    methodMismatches: rows.length - without('method-mismatch'),
    skillsWithoutObjective: new Set(groups.flatMap(group => group.skills).filter(skill => skill.withoutObjective).map(skill => skill.skill!.id)).size,
    tasksWithoutSkills: groups.filter(group => group.task && group.skills.length === 0).length,
  };
}

function levelsOf(groups: readonly MatrixTaskGroup[]): Record<LevelBucket, number> {
  const levels = Object.fromEntries(LEVEL_BUCKETS.map(bucket => [bucket, 0])) as Record<LevelBucket, number>;
  for (const group of groups) for (const skill of group.skills) for (const row of skill.rows) levels[row.level]++;
  return levels;
}
