/**
 * The alignment matrix model and its labels: types only and plain constants, so the editor's webview can
 * import them without the analysis core. `matrix.ts` builds the model.
 */
import type { Kind } from './kinds';
import type { MethodClass } from './methods';
import type { CognitiveLevel, Domain } from './objective-domain';
import type { Range } from './types';

export interface MatrixItem { id: string; kind: Kind; title?: string; uri: string; range: Range }
/** An assessment or activity in a cell, with how its method was classified. */
export interface MatrixMethodItem extends MatrixItem { method?: string; classes: MethodClass[] }

export type RowMark = 'not-assessed' | 'not-practised' | 'method-mismatch' | 'no-practice';

export const ROW_MARK_LABELS: Readonly<Record<RowMark, string>> = {
  'not-assessed': 'not assessed',
  'not-practised': 'not practised',
  'method-mismatch': 'method mismatch',
  'no-practice': 'no practice',
};

/** Where an objective sits in the Bloom chart: a revised Bloom level, or its domain when it has none. */
export type LevelBucket = CognitiveLevel | 'cognitive' | 'psychomotor' | 'affective' | 'unknown';
export const LEVEL_BUCKETS: readonly LevelBucket[] = ['remember', 'understand', 'apply', 'analyze', 'evaluate', 'create', 'cognitive', 'psychomotor', 'affective', 'unknown'];
export const LEVEL_BUCKET_LABELS: Readonly<Record<LevelBucket, string>> = {
  remember: 'remember', understand: 'understand', apply: 'apply', analyze: 'analyze', evaluate: 'evaluate', create: 'create',
  cognitive: 'cognitive (level unknown)', psychomotor: 'performed skill', affective: 'attitude', unknown: 'not classified',
};

export interface MatrixRow {
  objective: MatrixItem & { statement?: string };
  domain?: Domain;
  level: LevelBucket;
  assessments: MatrixMethodItem[];
  activities: MatrixMethodItem[];
  lessons: MatrixItem[];
  marks: RowMark[];
}

export interface MatrixSkillGroup {
  /** Undefined for the objectives that link to no skill. */
  skill?: MatrixItem;
  rows: MatrixRow[];
  /** A skill that no objective references: a gap. */
  withoutObjective?: true;
  /** Objectives of this skill whose rows sit under an earlier skill (each objective has one row). */
  shownElsewhere?: string[];
}

export interface MatrixTaskGroup {
  /** Undefined for the skills that no task lists. */
  task?: MatrixItem;
  skills: MatrixSkillGroup[];
}

export interface MatrixCounts {
  objectives: number;
  assessed: number;
  practised: number;
  taught: number;
  methodMismatches: number;
  skillsWithoutObjective: number;
  tasksWithoutSkills: number;
}

export interface AlignmentMatrix {
  groups: MatrixTaskGroup[];
  counts: MatrixCounts;
  /** How many objectives sit at each level, in LEVEL_BUCKETS order. */
  levels: Record<LevelBucket, number>;
}

export function matrixRows(matrix: AlignmentMatrix): MatrixRow[] {
  return matrix.groups.flatMap(group => group.skills.flatMap(skill => skill.rows));
}
