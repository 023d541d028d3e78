/** The 12 steps of Learning for Performance, their ADDIE phases and their fields (contract v2). */

export type Kind =
  | 'goal' | 'learners' | 'resources' | 'task' | 'skill' | 'objective'
  | 'assessment' | 'activity' | 'lesson' | 'implementation' | 'monitoring' | 'evaluation';

export type Phase = 'Analyze' | 'Design' | 'Develop' | 'Implement' | 'Evaluate';

export interface StepInfo {
  step: number;
  kind: Kind;
  name: string;
  /** One or two words for narrow places (the design tree's step rows): "Objectives". */
  label: string;
  phase: Phase;
  /** What the step asks of the designer (hover, tree tooltip, templates). */
  asks: string;
  /** Whether every item of this kind must carry an `id`. */
  requiresId: boolean;
  /** Scalar fields besides type/id/title. */
  fields: readonly string[];
  /** Reference fields and the kind each must point to. */
  references: Readonly<Record<string, Kind>>;
  /** Fields restricted to a set of values. */
  enums: Readonly<Record<string, readonly string[]>>;
}

export const PHASES: readonly Phase[] = ['Analyze', 'Design', 'Develop', 'Implement', 'Evaluate'];

export const PERFORMANCE_FACTORS = ['job_expectations', 'feedback', 'environment', 'motivation', 'skills_knowledge'] as const;
export const FACTOR_VALUES = ['present', 'lacking', 'unknown'] as const;
export type PerformanceFactor = typeof PERFORMANCE_FACTORS[number];
/** The factors training does not fix: when lacking, `interventions:` plans what else is done (Box 3). */
export const NON_TRAINING_FACTORS = PERFORMANCE_FACTORS.filter(factor => factor !== 'skills_knowledge');

/**
 * How a task's free-text `frequency` and `criticality` are classified (`task-without-support`): a value
 * that contains one of these words or phrases (whole words, any case) is infrequent, or highly critical.
 * `.idstudio.json` extends both lists under `vocabulary`.
 */
export const TASK_VOCABULARY = {
  infrequent: [
    'rare', 'rarely', 'seldom', 'infrequent', 'infrequently', 'occasional', 'occasionally', 'yearly', 'annual',
    'annually', 'once a year', 'twice a year', 'a few times a year', 'few times a year', 'quarterly',
    'once a quarter', 'a few times per year', 'once or twice a year', 'less than monthly', 'only in emergencies',
  ],
  critical: ['high', 'very high', 'critical', 'life-threatening', 'life threatening', 'vital', 'severe'],
} as const;

const STEP_LABELS: Record<Kind, string> = {
  goal: 'Goal', learners: 'Learners', resources: 'Resources', task: 'Tasks', skill: 'Skills', objective: 'Objectives',
  assessment: 'Assessments', activity: 'Activities', lesson: 'Lessons', implementation: 'Preparation',
  monitoring: 'Monitoring', evaluation: 'Evaluation',
};

export const STEPS: readonly StepInfo[] = [
  step(1, 'goal', 'Learning goal', 'Analyze',
    'State the learning goal and tie it to a performance gap that missing skills or knowledge cause. Assess the five performance factors: only a skills/knowledge gap is closed by training.',
    false, ['gap', 'performance_factors', 'interventions', 'goal']),
  step(2, 'learners', 'Learners and work setting', 'Analyze',
    'Describe who the learners are, how many, their background and the setting they work in.',
    false, ['count', 'work_setting', 'profile']),
  step(3, 'resources', 'Existing resources', 'Analyze',
    'List the resources that already exist (curricula, job aids, trainers, facilities) and the requirements the training must meet.',
    false, ['existing', 'requirements']),
  step(4, 'task', 'Major tasks', 'Analyze',
    'List the job responsibilities and major tasks the learners perform, how often and how critical each is.',
    true, ['description', 'frequency', 'criticality', 'support'], { skills: 'skill' }),
  step(5, 'skill', 'Essential skills and knowledge', 'Analyze',
    'For each task, identify the essential skills, knowledge and attitudes a worker needs to perform it.',
    true, ['kind'], { tasks: 'task' }, { kind: ['skill', 'knowledge', 'attitude'] }),
  step(6, 'objective', 'Learning objectives', 'Design',
    'Write measurable learning objectives: a condition, an observable behaviour and a criterion, each tied to essential skills.',
    true, ['statement', 'condition', 'criterion', 'level'], { skills: 'skill' }),
  step(7, 'assessment', 'Assessment of each objective', 'Design',
    'Decide how learners will show they have met each objective (observation checklist, case study, test).',
    true, ['method'], { objectives: 'objective' }),
  step(8, 'activity', 'Learning activities', 'Design',
    'Plan the learning activities, materials and approaches that let learners practise each objective.',
    true, ['method', 'materials', 'format'], { objectives: 'objective' }),
  step(9, 'lesson', 'Lessons and materials', 'Develop',
    'Develop lessons, materials and assessment instruments; pretest them with learners and revise.',
    true, ['duration', 'status'], { objectives: 'objective', activities: 'activity', assessments: 'assessment' },
    { status: ['draft', 'pretested', 'revised'] }),
  step(10, 'implementation', 'Prepare for implementation', 'Implement',
    'Prepare trainers, venues, schedules, supplies and supervisors for the training.',
    false, [], { objectives: 'objective' }),
  step(11, 'monitoring', 'Implement and monitor', 'Implement',
    'Implement the training and monitor learning and logistics as it runs.',
    false, [], { objectives: 'objective' }),
  step(12, 'evaluation', 'Assess effectiveness and revise', 'Evaluate',
    'Assess whether the training closed the performance gap, and revise the design accordingly.',
    false, ['measures'], { objectives: 'objective' }),
];

function step(
  n: number, kind: Kind, name: string, phase: Phase, asks: string, requiresId: boolean,
  fields: string[], references: Record<string, Kind> = {}, enums: Record<string, readonly string[]> = {},
): StepInfo {
  return { step: n, kind, name, label: STEP_LABELS[kind], phase, asks, requiresId, fields, references, enums };
}

const BY_KIND = new Map(STEPS.map(s => [s.kind, s]));

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && BY_KIND.has(value as Kind);
}

export function stepOf(kind: Kind): StepInfo {
  return BY_KIND.get(kind)!;
}

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
