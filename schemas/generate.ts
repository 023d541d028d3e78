/**
 * Writes the JSON Schemas of `.idstudio.json` and of each kind's front matter from the analysis core's
 * tables (rules, kinds, fields), so they cannot drift: `npx tsx schemas/generate.ts`.
 * test/core/schemas.test.ts checks that the committed files equal what this produces.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  FACTOR_VALUES, ID_PATTERN, METHOD_CLASSES, METHOD_CLASS_LABELS, METHOD_VOCABULARY, NON_TRAINING_FACTORS, PERFORMANCE_FACTORS, RULES, STEPS,
  TASK_VOCABULARY, stepOf, type Kind, type StepInfo,
} from '../server/src/core';

type Schema = Record<string, unknown>;

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];
const TEXT: Schema = { type: 'string' };
const TEXT_OR_LIST: Schema = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const TEXT_OR_NUMBER: Schema = { type: ['string', 'number'] };

/** Every field of the contract with what it holds; reference fields and enums are built from STEPS. */
const FIELDS: Record<string, Schema> = {
  gap: { type: ['string', 'object'], description: 'The performance gap: current versus desired performance.' },
  goal: { ...TEXT, description: 'The learning goal: what workers will do after the training.' },
  count: { type: ['integer', 'string'], description: 'How many learners.' },
  work_setting: { ...TEXT, description: 'Where the learners work (facility, ward, community).' },
  profile: { ...TEXT, description: 'Who the learners are: cadre, background, experience, language.' },
  existing: { ...TEXT_OR_LIST, description: 'Resources that already exist: curricula, job aids, trainers, facilities.' },
  requirements: { ...TEXT_OR_LIST, description: 'Requirements the training must meet (time, place, accreditation).' },
  description: { ...TEXT, description: 'What the task involves.' },
  frequency: { ...TEXT_OR_NUMBER, description: 'How often the task is performed.' },
  criticality: { ...TEXT, description: 'How critical the task is (for example high, medium, low).' },
  kind: { description: 'Whether this is a skill, knowledge or an attitude.' },
  statement: {
    ...TEXT,
    description: 'The objective: condition, observable behaviour and criterion, for example "Given soap and water, the nurse will wash hands in at least 40 seconds."',
  },
  condition: { ...TEXT, description: 'The condition of performance: "Given ..." or "Using ...".' },
  criterion: { ...TEXT, description: 'How well the learner must perform: accuracy, time, standard.' },
  level: { ...TEXT, description: 'Level or domain of the objective (for example a Bloom level, or psychomotor).' },
  method: { ...TEXT, description: 'How it is done (observation checklist, case study, role play, demonstration...).' },
  materials: { ...TEXT_OR_LIST, description: 'Materials needed.' },
  format: { ...TEXT, description: 'Format: individual, small groups, plenary, on the job.' },
  duration: { ...TEXT_OR_NUMBER, description: 'How long the lesson takes.' },
  status: { description: 'Where the lesson stands: drafted, pretested with learners, revised after the pretest.' },
  performance_factors: { description: 'The five factors a worker needs to perform; only a lack of skills/knowledge is closed by training.' },
  interventions: { description: 'The non-training interventions planned for each lacking factor other than skills/knowledge, coordinated with the training (Box 3).' },
  support: { ...TEXT_OR_LIST, description: 'What supports the worker at the point of need: job aid, checklist, reference card, mentor.' },
  measures: { ...TEXT_OR_LIST, description: 'How the Step 1 performance gap is measured again after the training.' },
};

const FACTOR_DESCRIPTIONS: Record<string, string> = {
  job_expectations: 'Workers know what is expected of them.',
  feedback: 'Workers get feedback on their performance.',
  environment: 'Tools, supplies and a physical setting that allow the work.',
  motivation: 'Workers are motivated to perform.',
  skills_knowledge: 'Workers have the skills and knowledge (if lacking, training can help).',
};


/** The schema of `.idstudio.json`. */
export function configSchema(): Schema {
  const verbList = (description: string): Schema => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
  return {
    $schema: DRAFT,
    title: 'Instructional Design Studio configuration',
    description: 'Settings for the design documents of this folder (`.idstudio.json`), shared by the editor and `idstudio check`.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this file.' },
      rules: {
        type: 'object',
        description: 'Severity per rule code: error, warning, info, hint, or off to turn the rule off.',
        properties: Object.fromEntries(RULES.map(rule => [rule.code, { description: `${rule.description} Default: ${rule.defaultSeverity}.`, enum: SEVERITIES }])),
        additionalProperties: false,
      },
      verbs: {
        type: 'object',
        description: 'Extra verbs for judging whether objective statements are measurable.',
        properties: {
          measurable: verbList('Extra observable action verbs (or two-word verbs such as "scale up") accepted in objective statements.'),
          nonMeasurable: verbList('Extra verbs or phrases flagged as not measurable, such as "witness".'),
        },
        additionalProperties: false,
      },
      vocabulary: {
        type: 'object',
        description: 'Extra words or phrases that classify a task\'s free-text frequency and criticality (task-without-support).',
        properties: {
          infrequent: verbList(`Extra words for a task performed rarely, besides: ${TASK_VOCABULARY.infrequent.join(', ')}.`),
          critical: verbList(`Extra words for a highly critical task, besides: ${TASK_VOCABULARY.critical.join(', ')}.`),
        },
        additionalProperties: false,
      },
      methods: {
        type: 'object',
        description: 'Extra terms that classify the free-text `method:` of assessments and activities, added to the built-in vocabulary (words match in any inflection: "observation" also matches "observed").',
        properties: Object.fromEntries(METHOD_CLASSES.map(methodClass => [methodClass, verbList(
          `Terms whose method ${METHOD_CLASS_LABELS[methodClass]}. Built in: ${METHOD_VOCABULARY[methodClass].join(', ')}.`)])),
        additionalProperties: false,
      },
      ignore: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Globs, relative to this folder, of Markdown files that are not checked (node_modules and .git never are).',
      },
    },
    additionalProperties: false,
  };
}

function referenceSchema(step: StepInfo, target: Kind): Schema {
  const { step: number, name } = stepOf(target);
  return {
    description: `An id, or a list of ids, of the ${target} items (step ${number}: ${name.toLowerCase()}) this ${step.kind} refers to.`,
    anyOf: [{ $ref: '#/definitions/id' }, { type: 'array', items: { $ref: '#/definitions/id' } }],
  };
}

function fieldSchema(step: StepInfo, field: string): Schema {
  const known = FIELDS[field];
  if (!known) throw new Error(`no description for field ${field} of ${step.kind}`);
  if (field === 'interventions') {
    return {
      ...known,
      type: 'object',
      properties: Object.fromEntries(NON_TRAINING_FACTORS.map(factor =>
        [factor, { ...TEXT_OR_LIST, description: `Planned intervention(s) when ${factor} is lacking. ${FACTOR_DESCRIPTIONS[factor]}` }])),
      additionalProperties: false,
    };
  }
  if (field === 'performance_factors') {
    return {
      ...known,
      type: 'object',
      properties: Object.fromEntries(PERFORMANCE_FACTORS.map(factor =>
        [factor, { description: FACTOR_DESCRIPTIONS[factor], enum: [...FACTOR_VALUES] }])),
      additionalProperties: false,
    };
  }
  const allowed = step.enums[field];
  return allowed ? { ...known, enum: [...allowed] } : known;
}

/** The properties and requirements of one item of a kind (a single-item document, or an entry of `items:`). */
function itemSchema(step: StepInfo): Schema {
  const properties: Record<string, Schema> = {
    id: { $ref: '#/definitions/id' },
    title: { type: 'string', description: 'A short name for the item.' },
  };
  for (const field of step.fields) properties[field] = fieldSchema(step, field);
  for (const [field, target] of Object.entries(step.references)) properties[field] = referenceSchema(step, target);
  const required = [...(step.requiresId ? ['id'] : []), ...(step.kind === 'objective' ? ['statement'] : [])];
  return { type: 'object', properties, ...(required.length && { required }) };
}

/** The schema of a design document's front matter of one kind. */
export function frontMatterSchema(step: StepInfo): Schema {
  return {
    $schema: DRAFT,
    title: `Step ${step.step}: ${step.name} (type: ${step.kind})`,
    description: `${step.asks} One item, or several under \`items:\`. ${step.phase} phase.`,
    definitions: {
      id: { type: 'string', pattern: ID_PATTERN.source, description: 'An id: a letter, then letters, digits, `_`, `.` or `-`; unique in the workspace folder.' },
      item: itemSchema(step),
    },
    type: 'object',
    required: ['type'],
    properties: { type: { const: step.kind, description: `Step ${step.step} of Learning for Performance: ${step.name.toLowerCase()}.` } },
    if: { required: ['items'] },
    then: { properties: { items: { type: 'array', minItems: 1, items: { $ref: '#/definitions/item' }, description: `The ${step.kind} items of this document.` } } },
    else: { $ref: '#/definitions/item' },
  };
}

/** Every schema file by path relative to schemas/. */
export function schemaFiles(): Map<string, Schema> {
  const files = new Map<string, Schema>([['idstudio.schema.json', configSchema()]]);
  for (const step of STEPS) files.set(`front-matter/${step.kind}.schema.json`, frontMatterSchema(step));
  return files;
}

export function serialize(schema: Schema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  for (const [file, schema] of schemaFiles()) writeFileSync(path.join(__dirname, file), serialize(schema));
}
