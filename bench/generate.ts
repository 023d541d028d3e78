import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { body, ProseTopic, sentence, wrap } from './prose';
import { Random } from './random';

/**
 * Deterministic generator of design workspaces for the benchmark: nested module
 * and unit folders, single-item files and `items:` collections, valid cross
 * references, and a few percent of items carrying a deliberate problem.
 * Proportions follow the issue: 5,000 items ≈ 1,000 files ≈ 6 MB.
 */

const ITEMS_PER_UNIT = 50;
const UNITS_PER_MODULE = 8;
/** goal, learners, resources, implementation, monitoring, evaluation */
const TOP_LEVEL_ITEMS = 6;
const PROBLEM_RATE = 0.03;
const DEFAULT_SEED = 20250607;

const TOPICS = [
  'hand hygiene', 'medication administration', 'patient handover', 'fall prevention',
  'infection control', 'wound care', 'IV therapy', 'clinical documentation', 'patient transfer',
  'pain assessment', 'sepsis recognition', 'blood transfusion', 'pressure injury prevention',
  'discharge planning', 'de-escalation', 'nutrition screening', 'fluid balance',
  'early warning scores', 'catheter care', 'oxygen therapy', 'safe swallowing',
  'end of life care', 'paediatric observations', 'diabetes care',
] as const;
const SUBTOPICS = [
  'preparation', 'core procedure', 'documentation', 'communication', 'escalation',
  'equipment', 'special situations', 'review and audit',
] as const;
const LEARNERS = ['nurse', 'nurse', 'nurse', 'healthcare assistant', 'midwife', 'student nurse'] as const;
const VERBS = [
  'perform', 'demonstrate', 'calculate', 'identify', 'list', 'select', 'describe', 'explain',
  'classify', 'prepare', 'measure', 'record', 'complete', 'apply', 'compare',
] as const;
const VAGUE_VERBS = ['understand', 'know', 'appreciate', 'be familiar with'] as const;
const CONDITIONS = [
  'Given a simulated patient', 'Given the ward checklist and a supervisor', 'Using the electronic record',
  'Given a written case description', 'Using the printed job aid', 'Given the standard equipment tray',
] as const;
const CRITERIA = [
  'with no omissions', 'in at least 40 seconds', 'within 5 minutes', 'for 9 of 10 cases',
  'scoring at least 80 percent on the checklist', 'without errors', 'in the correct order',
] as const;
const TASK_VERBS = ['Prepare', 'Carry out', 'Document', 'Report on', 'Check', 'Coordinate'] as const;
const FREQUENCIES = ['each shift', 'daily', 'weekly', 'on admission', 'monthly'] as const;
const ASSESSMENT_METHODS = [
  'observation checklist', 'written quiz', 'simulation', 'case study', 'oral questioning', 'skills station',
] as const;
const ACTIVITY_METHODS = ['demonstration', 'guided practice', 'role play', 'case discussion', 'e-learning module'] as const;
const FORMATS = ['classroom', 'on the job', 'simulation lab', 'online', 'blended'] as const;
const LEVELS = ['remember', 'understand', 'apply', 'analyse'] as const;
const STATUSES = ['draft', 'pretested', 'revised'] as const;

/** Deliberate problems the generator can inject, by the kind of item that carries them. */
const PROBLEMS = {
  task: ['task-without-skills', 'wrong-reference-kind'],
  skill: ['duplicate-id', 'invalid-id'],
  objective: [
    'objective-not-measurable', 'objective-missing-condition', 'objective-missing-criterion',
    'objective-without-skill', 'unknown-reference', 'missing-statement', 'front-matter-syntax',
  ],
  assessment: ['assessment-without-objective', 'unknown-reference'],
  activity: ['wrong-reference-kind', 'missing-id'],
  lesson: ['lesson-without-objectives', 'unknown-type'],
} as const;
type ProblemCarrier = keyof typeof PROBLEMS;
type Problem = (typeof PROBLEMS)[ProblemCarrier][number];

interface Folded { folded: string }
type Value = string | string[] | Record<string, string> | Folded;
type Item = [field: string, value: Value][];

interface DesignFile {
  path: string;
  type: string;
  items: Item[];
  collection: boolean;
  about: ProseTopic;
  bodyBytes: number;
  brokenYaml?: boolean;
}

/** An edit the server benchmark makes: replace `original` at line/character with `replacement` and back. */
export interface EditProbe {
  file: string;
  line: number;
  character: number;
  original: string;
  replacement: string;
  /** the file whose diagnostics must change, and the rule code that appears after the edit */
  watchFile: string;
  code: string;
}

export interface WorkspaceManifest {
  items: number;
  files: string[];
  /** files that are design documents (or meant to be: broken front matter), which the server must publish */
  designFiles: string[];
  bytes: number;
  injectedProblems: Record<string, number>;
  probes: { local: EditProbe; crossFile: EditProbe };
}

class UnitBuilder {
  readonly files: DesignFile[] = [];
  private readonly about: ProseTopic;
  /** tasks whose skills must not link back to them either, so that the problem shows */
  private readonly tasksWithoutSkills = new Set<number>();

  constructor(
    private readonly random: Random,
    private readonly problems: ProblemPicker,
    private readonly module: number,
    private readonly unit: number,
    private readonly folder: string,
    private readonly learner: string,
    topic: string,
  ) {
    this.about = { topic, subtopic: SUBTOPICS[(unit - 1) % SUBTOPICS.length] };
  }

  id(prefix: string, n: number): string {
    return `${prefix}-M${pad(this.module)}-U${pad(this.unit)}-${n}`;
  }

  build(): DesignFile[] {
    this.collection('tasks.md', 'task', range(5).map((n) => this.task(n)), 4000);
    this.collection('skills.md', 'skill', range(12).map((n) => this.skill(n)), 3000);
    for (const n of [1, 2]) this.objectiveFile(n);
    this.collection('objectives/set-a.md', 'objective', range(5).map((n) => this.objective(n + 2, false).item), 3000);
    this.collection('objectives/set-b.md', 'objective', range(5).map((n) => this.objective(n + 7, false).item), 3000);
    this.collection('assessments.md', 'assessment', range(11).map((n) => this.assessment(n)), 4500);
    this.collection('activities.md', 'activity', range(8).map((n) => this.activity(n)), 4500);
    for (const n of [1, 2]) this.lessonFile(n);
    return this.files;
  }

  private collection(path: string, type: string, items: Item[], bodyBytes: number): void {
    this.files.push({ path: `${this.folder}/${path}`, type, items, collection: true, about: this.about, bodyBytes: this.jitter(bodyBytes) });
  }

  private single(path: string, type: string, item: Item, bodyBytes: number): DesignFile {
    const file: DesignFile = { path: `${this.folder}/${path}`, type, items: [item], collection: false, about: this.about, bodyBytes: this.jitter(bodyBytes) };
    this.files.push(file);
    return file;
  }

  private jitter(bytes: number): number {
    return Math.round(bytes * (0.7 + this.random.next() * 0.6));
  }

  private title(lead: string): string {
    return `${lead} ${this.about.topic} ${this.about.subtopic}`;
  }

  private task(n: number): Item {
    const skills = TASK_SKILLS[n - 1].map((s) => this.id('SK', s));
    const problem = this.problems.pick('task');
    if (problem === 'task-without-skills') {
      skills.length = 0;
      this.tasksWithoutSkills.add(n);
    }
    if (problem === 'wrong-reference-kind') skills.push(this.id('TSK', n === 1 ? 2 : 1));
    return [
      ['id', this.id('TSK', n)],
      ['title', this.title(this.random.pick(TASK_VERBS))],
      ['description', { folded: `${sentence(this.random, this.about)} ${sentence(this.random, this.about)}` }],
      ['frequency', this.random.pick(FREQUENCIES)],
      ['criticality', this.random.pick(['high', 'medium', 'low'])],
      ['skills', skills],
    ];
  }

  private skill(n: number): Item {
    let id = this.id('SK', n);
    const problem = this.problems.pick('skill');
    if (problem === 'duplicate-id') id = this.id('SK', n === 1 ? 2 : n - 1);
    if (problem === 'invalid-id') id = `${n}-${id}`;
    const item: Item = [
      ['id', id],
      ['title', `${this.random.pick(['Steps of', 'Rules for', 'Checks in', 'Safety in'])} ${this.about.topic} ${this.about.subtopic}`],
      ['kind', this.random.pick(['skill', 'skill', 'skill', 'knowledge', 'knowledge', 'attitude'])],
    ];
    const task = TASK_SKILLS.findIndex((skills) => skills.includes(n)) + 1;
    if (this.random.chance(0.5) && !this.tasksWithoutSkills.has(task)) item.push(['tasks', [this.id('TSK', task)]]);
    return item;
  }

  private objectiveFile(n: number): void {
    const { item, problem } = this.objective(n, true);
    const file = this.single(`objectives/${this.id('OBJ', n)}.md`, 'objective', item, 4200);
    file.brokenYaml = problem === 'front-matter-syntax';
  }

  private objective(n: number, single: boolean): { item: Item; problem?: Problem } {
    const problem = this.problems.pick('objective', single ? [] : ['front-matter-syntax']);
    const condition = this.random.pick(CONDITIONS);
    const criterion = this.random.pick(CRITERIA);
    const verb = problem === 'objective-not-measurable' ? this.random.pick(VAGUE_VERBS) : this.random.pick(VERBS);
    const clauses = [
      problem === 'objective-missing-condition' ? `The ${this.learner}` : `${condition}, the ${this.learner}`,
      `will ${verb} the ${this.about.topic} ${this.about.subtopic} steps`,
      problem === 'objective-missing-criterion' ? '' : ` ${criterion}`,
    ];
    const skills = [this.id('SK', n)];
    if (n < 12 && this.random.chance(0.3)) skills.push(this.id('SK', n + 1));
    if (problem === 'objective-without-skill') skills.length = 0;
    if (problem === 'unknown-reference') skills.push(this.id('SK-MISSING', n));
    const item: Item = [['id', this.id('OBJ', n)], ['title', this.title(capitalize(verb))]];
    if (problem !== 'missing-statement') item.push(['statement', `${clauses[0]} ${clauses[1]}${clauses[2]}.`]);
    item.push(['skills', skills]);
    if (problem !== 'objective-missing-condition') item.push(['condition', condition]);
    if (problem !== 'objective-missing-criterion') item.push(['criterion', criterion]);
    item.push(['level', this.random.pick(LEVELS)]);
    return { item, problem };
  }

  private assessment(n: number): Item {
    const objectives = n < 11 ? [this.id('OBJ', n)] : [this.id('OBJ', 11), this.id('OBJ', 12)];
    const problem = this.problems.pick('assessment');
    if (problem === 'assessment-without-objective') objectives.length = 0;
    if (problem === 'unknown-reference') objectives.push(this.id('OBJ-MISSING', n));
    return [
      ['id', this.id('AS', n)],
      ['title', this.title('Assessing')],
      ['method', this.random.pick(ASSESSMENT_METHODS)],
      ['objectives', objectives],
    ];
  }

  private activity(n: number): Item {
    const objectives = ACTIVITY_OBJECTIVES[n - 1].map((o) => this.id('OBJ', o));
    const problem = this.problems.pick('activity');
    if (problem === 'wrong-reference-kind') objectives.push(this.id('SK', n));
    const item: Item = [
      ['title', this.title(this.random.pick(['Practising', 'Exploring', 'Rehearsing']))],
      ['method', this.random.pick(ACTIVITY_METHODS)],
      ['materials', { folded: sentence(this.random, this.about) }],
      ['format', this.random.pick(FORMATS)],
      ['objectives', objectives],
    ];
    if (problem !== 'missing-id') item.unshift(['id', this.id('ACT', n)]);
    return item;
  }

  private lessonFile(n: number): void {
    const [objectives, activities, assessments] = n === 1
      ? [range(6), range(3), range(6)]
      : [range(6).map((o) => o + 6), range(5).map((a) => a + 3), range(5).map((a) => a + 6)];
    const problem = this.problems.pick('lesson');
    const item: Item = [
      ['id', this.id('LES', n)],
      ['title', `Lesson ${n}: ${this.about.topic} ${this.about.subtopic}`],
      ['duration', `${this.random.pick([30, 45, 60, 90])} min`],
      ['status', this.random.pick(STATUSES)],
    ];
    if (problem !== 'lesson-without-objectives') item.push(['objectives', objectives.map((o) => this.id('OBJ', o))]);
    item.push(['activities', activities.map((a) => this.id('ACT', a))], ['assessments', assessments.map((a) => this.id('AS', a))]);
    this.single(`lessons/lesson-${n}.md`, problem === 'unknown-type' ? 'lessons' : 'lesson', item, 12800);
  }
}

/** skills of tasks 1..5 (12 skills, each belonging to exactly one task) */
const TASK_SKILLS = [[1, 2, 3], [4, 5, 6], [7, 8], [9, 10], [11, 12]];
/** objectives of activities 1..8 (each of the 12 objectives has exactly one activity) */
const ACTIVITY_OBJECTIVES = [[1, 2], [3, 4], [5, 6], [7, 8], [9], [10], [11], [12]];

/** Decides which items carry a deliberate problem, and counts them. */
class ProblemPicker {
  readonly injected: Record<string, number> = {};
  enabled = true;

  constructor(private readonly random: Random) {}

  pick(carrier: ProblemCarrier, excluded: readonly Problem[] = []): Problem | undefined {
    if (!this.enabled || !this.random.chance(PROBLEM_RATE)) return undefined;
    const problem = this.random.pick(PROBLEMS[carrier].filter((p) => !excluded.includes(p)));
    this.injected[problem] = (this.injected[problem] ?? 0) + 1;
    return problem;
  }
}

function buildWorkspace(random: Random, problems: ProblemPicker, units: number): DesignFile[] {
  const files: DesignFile[] = [];
  const firstObjectives: string[] = [];
  for (let unitIndex = 0; unitIndex < units; unitIndex++) {
    const module = Math.floor(unitIndex / UNITS_PER_MODULE) + 1;
    const unit = (unitIndex % UNITS_PER_MODULE) + 1;
    const topic = TOPICS[(module - 1) % TOPICS.length];
    const moduleFolder = `modules/m${pad(module)}-${slug(topic)}`;
    // The first unit hosts the edit probes, so it stays free of problems.
    problems.enabled = unitIndex > 0;
    const builder = new UnitBuilder(random, problems, module, unit, `${moduleFolder}/u${pad(unit)}-${slug(SUBTOPICS[unit - 1])}`,
      random.pick(LEARNERS), topic);
    files.push(...builder.build());
    if (unit === 1) firstObjectives.push(builder.id('OBJ', 1));
  }
  return [...topLevelFiles(random, firstObjectives), ...files];
}

function topLevelFiles(random: Random, objectives: string[]): DesignFile[] {
  const about: ProseTopic = { topic: 'nursing', subtopic: 'induction programme' };
  const single = (type: string, item: Item): DesignFile =>
    ({ path: `${type}.md`, type, items: [item], collection: false, about, bodyBytes: 6000 });
  const paragraph = (): Folded => ({ folded: `${sentence(random, about)} ${sentence(random, about)}` });
  const sample = objectives.filter((_, index) => index % 3 === 0);
  return [
    single('goal', [
      ['id', 'GOAL-1'], ['title', 'Safe, consistent ward care from the first month'],
      ['gap', { current: 'New staff need six months to work unsupervised', desired: 'New staff work unsupervised after one month' }],
      ['performance_factors', { job_expectations: 'present', feedback: 'present', environment: 'lacking', motivation: 'present', skills_knowledge: 'lacking' }],
      ['goal', paragraph()],
    ]),
    single('learners', [['title', 'Newly qualified and newly hired ward staff'], ['count', '240 a year'], ['work_setting', paragraph()], ['profile', paragraph()]]),
    single('resources', [['title', 'What the hospital already has'], ['existing', paragraph()], ['requirements', paragraph()]]),
    ...(['implementation', 'monitoring', 'evaluation'] as const).map((type) =>
      single(type, [['title', `${capitalize(type)} plan`], ['notes', paragraph()], ['objectives', sample]])),
  ];
}

function renderScalar(text: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 ,.()%/_-]*$/.test(text) ? text : JSON.stringify(text);
}

function renderField(field: string, value: Value, indent: string): string[] {
  if (typeof value === 'string') return [`${indent}${field}: ${renderScalar(value)}`];
  if (Array.isArray(value)) return [`${indent}${field}: [${value.join(', ')}]`];
  if ('folded' in value && typeof value.folded === 'string') {
    return [`${indent}${field}: >-`, ...wrap(value.folded, 78, `${indent}  `)];
  }
  return [`${indent}${field}:`, ...Object.entries(value).map(([key, text]) => `${indent}  ${key}: ${renderScalar(text)}`)];
}

function renderFrontMatter(file: DesignFile): string {
  const lines = [`type: ${file.type}`];
  if (file.collection) {
    lines.push('items:');
    for (const item of file.items) {
      item.forEach(([field, value], index) => {
        const rendered = renderField(field, value, '    ');
        if (index === 0) rendered[0] = `  - ${rendered[0].trimStart()}`;
        lines.push(...rendered);
      });
    }
  } else {
    for (const [field, value] of file.items[0]) lines.push(...renderField(field, value, ''));
  }
  const yaml = lines.join('\n');
  // An unclosed flow sequence: a YAML syntax error, as a half-finished edit leaves it.
  return file.brokenYaml ? yaml.replace(/^skills: \[(.*)\]$/m, 'skills: [$1') : yaml;
}

function render(random: Random, file: DesignFile): string {
  const frontMatter = renderFrontMatter(file);
  return `---\n${frontMatter}\n---\n${body(random, file.about, file.bodyBytes - frontMatter.length)}`;
}

/** Position of `needle` (right after `prefix`) on the first line starting with `lineStart` from the line `anchor` on. */
function locate(text: string, anchor: string, lineStart: string, needle: string, prefix = ''): { line: number; character: number } {
  const lines = text.split('\n');
  const from = lines.indexOf(anchor);
  const line = lines.findIndex((candidate, index) => index >= from && candidate.startsWith(lineStart));
  const found = from < 0 || line < 0 ? -1 : lines[line].indexOf(prefix + needle, lineStart.length);
  if (found < 0) throw new Error(`probe not found: ${anchor} … ${lineStart} … ${needle}`);
  return { line, character: found + prefix.length };
}

/** The edits of the server benchmark, in the first unit (which carries no deliberate problem). */
function probes(texts: Map<string, string>, unitFolder: string): WorkspaceManifest['probes'] {
  const objectivePath = (n: number): string => `${unitFolder}/objectives/OBJ-M01-U01-${n}.md`;
  const localText = texts.get(objectivePath(2)) ?? '';
  const verb = VERBS.find((candidate) => localText.includes(` will ${candidate} `)) ?? '?';
  const assessments = `${unitFolder}/assessments.md`;
  return {
    local: {
      file: objectivePath(2), ...locate(localText, 'type: objective', 'statement:', verb, ' will '),
      original: verb, replacement: 'understand', watchFile: objectivePath(2), code: 'objective-not-measurable',
    },
    crossFile: {
      file: assessments, ...locate(texts.get(assessments) ?? '', '  - id: AS-M01-U01-1', '    objectives: [', 'OBJ-M01-U01-1'),
      original: 'OBJ-M01-U01-1', replacement: 'OBJ-M01-U01-3', watchFile: objectivePath(1), code: 'objective-not-assessed',
    },
  };
}

/** Generates a workspace of about `items` items into `dir` (emptied first). Same seed, same bytes. */
export function generateWorkspace(dir: string, items: number, seed = DEFAULT_SEED): WorkspaceManifest {
  const random = new Random(seed);
  const problems = new ProblemPicker(random);
  const units = Math.max(1, Math.round((items - TOP_LEVEL_ITEMS) / ITEMS_PER_UNIT));
  const designFiles = buildWorkspace(random, problems, units);
  const texts = new Map<string, string>();
  for (const file of designFiles) texts.set(file.path, render(random, file));
  const design = [...texts.keys()];
  texts.set('README.md', body(random, { topic: 'nursing', subtopic: 'induction' }, 2500, 'Nursing induction programme: design workspace'));
  for (let module = 1; module <= Math.ceil(units / UNITS_PER_MODULE); module++) {
    const topic = TOPICS[(module - 1) % TOPICS.length];
    texts.set(`modules/m${pad(module)}-${slug(topic)}/README.md`, body(random, { topic, subtopic: 'overview' }, 2500, `Module ${module}: ${topic}`));
  }
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (const [path, text] of texts) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  return {
    items: designFiles.reduce((sum, file) => sum + file.items.length, 0),
    files: [...texts.keys()],
    designFiles: design,
    bytes,
    injectedProblems: problems.injected,
    probes: probes(texts, `modules/m01-${slug(TOPICS[0])}/u01-${slug(SUBTOPICS[0])}`),
  };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
