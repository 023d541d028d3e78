import assert from 'node:assert/strict';
import { Design, parseDocument, PHASES, type Kind } from '../../server/src/core';
import { buildOutline, type DesignOutline, type OutlineItem, type OutlineStep } from '../../server/src/core/outline';
import { CLEAN, configOf } from './helpers';

function outlineOf(files: Record<string, string>): DesignOutline {
  const design = new Design();
  for (const [uri, text] of Object.entries(files)) design.set(parseDocument(uri, text));
  design.flush();
  return buildOutline(design);
}

function stepOfKind(outline: DesignOutline, kind: Kind): OutlineStep {
  return outline.phases.flatMap(phase => phase.steps).find(step => step.kind === kind)!;
}

function itemWithId(outline: DesignOutline, id: string): OutlineItem {
  return outline.phases.flatMap(phase => phase.steps).flatMap(step => step.items).find(item => item.id === id)!;
}

const GOAL = CLEAN['goal.md'];

const SKILLS = `---
type: skill
items:
  - id: SK-1
    title: Dispose of sharps
    kind: skill
  - id: SK-2
    title: Orphan skill
    kind: knowledge
---
`;

const OBJECTIVES = `---
type: objective
items:
  - id: OBJ-1
    title: Dispose of a sharp
    statement: Given a used needle, the nurse will drop it into a sharps container within 5 seconds.
    condition: Given a used needle
    criterion: within 5 seconds
    skills: [SK-1, SK-404]
  - id: OBJ-2
    statement: Given a needle, the nurse will list the three bins without error.
    condition: Given a needle
    criterion: without error
    skills: [SK-1]
---
`;

const ASSESSMENT = `---
type: assessment
id: AS-1
title: Sharps station
method: observation
objectives: [OBJ-1, OBJ-1]
---
`;

const ACTIVITY = `---
type: activity
id: ACT-1
title: Practice
objectives: [OBJ-1, OBJ-2]
---
`;

const LESSON = `---
type: lesson
id: LES-1
title: Sharps lesson
objectives: [OBJ-1]
activities: [ACT-1]
assessments: [AS-1]
---
`;

describe('design outline', () => {
  it('lists the 12 steps under the five ADDIE phases, all not started in an empty design', () => {
    const outline = outlineOf({ 'readme.md': '# Not a design document\n' });
    assert.deepEqual(outline.phases.map(phase => phase.phase), PHASES);
    assert.deepEqual(outline.phases.map(phase => phase.steps.map(step => step.step)),
      [[1, 2, 3, 4, 5], [6, 7, 8], [9], [10, 11], [12]]);
    assert.ok(outline.phases.every(phase => phase.steps.every(step => step.status === 'not-started' && step.documents.length === 0)));
    assert.deepEqual(outline.summary, {
      stepsWithItems: 0, stepsComplete: 0, objectives: 0, objectivesNotAssessed: 0, designDocuments: 0,
      problems: { errors: 0, warnings: 0, infos: 0, placeholders: 0 },
    });
  });

  it('marks a step complete when it has a document and no errors or warnings, and in progress otherwise', () => {
    const outline = outlineOf({
      'goal.md': GOAL, 'skills.md': SKILLS, 'objectives.md': OBJECTIVES,
      'tasks.md': '---\ntype: task\nitems: []\n---\n',
    });
    assert.equal(stepOfKind(outline, 'goal').status, 'complete');
    assert.equal(stepOfKind(outline, 'learners').status, 'not-started');
    const tasks = stepOfKind(outline, 'task');
    assert.equal(tasks.status, 'complete', 'contract v2: a document and no errors or warnings, even with no items');
    assert.deepEqual(tasks.items, []);
    const skills = stepOfKind(outline, 'skill');
    assert.equal(skills.status, 'in-progress');
    assert.deepEqual(skills.problems, { errors: 0, warnings: 1, infos: 0, placeholders: 0 }, 'SK-2 is covered by no objective');
    const objectives = stepOfKind(outline, 'objective');
    assert.equal(objectives.status, 'in-progress');
    assert.deepEqual(objectives.documents, ['objectives.md']);
    assert.equal(objectives.problems.errors, 1, 'SK-404 does not exist');
  });

  it('marks every step complete in a clean, complete design', () => {
    const outline = outlineOf(CLEAN);
    assert.deepEqual(outline.phases.flatMap(phase => phase.steps).map(step => step.status), Array(12).fill('complete'));
    assert.equal(outline.summary.stepsWithItems, 12);
    assert.equal(outline.summary.objectivesNotAssessed, 0);
  });

  it('does not count infos against a step: a rare critical task without support leaves step 4 complete', () => {
    const tasks = CLEAN['tasks.md'].replace('many times per shift', 'rare');
    const step = stepOfKind(outlineOf({ ...CLEAN, 'tasks.md': tasks }), 'task');
    assert.deepEqual([step.status, step.problems], ['complete', { errors: 0, warnings: 0, infos: 1, placeholders: 0 }]);
  });

  it('gives each item its id or type line, its title (else statement) and only its own problems', () => {
    const outline = outlineOf({ 'goal.md': GOAL, 'skills.md': SKILLS, 'objectives.md': OBJECTIVES });
    const goal = stepOfKind(outline, 'goal').items[0];
    assert.deepEqual({ ...goal, problems: undefined, gap: undefined }, {
      gap: undefined, id: 'GOAL-HH', kind: 'goal', title: 'Nurses clean their hands at every WHO moment', uri: 'goal.md', problems: undefined,
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } },
    });
    const skill = itemWithId(outline, 'SK-2');
    assert.deepEqual(skill.range, { start: { line: 6, character: 8 }, end: { line: 6, character: 12 } });
    assert.deepEqual(itemWithId(outline, 'SK-1').problems, { errors: 0, warnings: 0, infos: 0, placeholders: 0 });
    assert.deepEqual(skill.problems, { errors: 0, warnings: 1, infos: 0, placeholders: 0 });
    assert.equal(itemWithId(outline, 'OBJ-2').title, 'Given a needle, the nurse will list the three bins without error.');
    assert.equal(itemWithId(outline, 'OBJ-1').problems.errors, 1);
    assert.equal(itemWithId(outline, 'OBJ-2').problems.errors, 0);
  });

  it('links objectives to their skills, assessments, activities and lessons', () => {
    const outline = outlineOf({
      'skills.md': SKILLS, 'objectives.md': OBJECTIVES, 'assessment.md': ASSESSMENT, 'activity.md': ACTIVITY, 'lesson.md': LESSON,
    });
    const links = itemWithId(outline, 'OBJ-1').links!;
    assert.deepEqual(links.skills.map(link => [link.id, link.uri, link.title]), [['SK-1', 'skills.md', 'Dispose of sharps']],
      'the unknown SK-404 is not a link');
    assert.deepEqual(links.assessments.map(link => link.id), ['AS-1'], 'an assessment listing the objective twice appears once');
    assert.deepEqual(links.activities.map(link => link.id), ['ACT-1']);
    assert.deepEqual(links.lessons.map(link => [link.id, link.kind]), [['LES-1', 'lesson']]);
    assert.deepEqual(links.assessments[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 8 } });
    const other = itemWithId(outline, 'OBJ-2').links!;
    assert.deepEqual([other.assessments, other.lessons.length, other.activities.length], [[], 0, 1]);
    assert.equal(itemWithId(outline, 'SK-1').links, undefined, 'only objectives carry links');
  });

  it('summarizes steps with items, objectives not assessed and problems', () => {
    const outline = outlineOf({
      'goal.md': GOAL, 'skills.md': SKILLS, 'objectives.md': OBJECTIVES, 'assessment.md': ASSESSMENT, 'notes.md': '# notes\n',
    });
    const { summary } = outline;
    assert.equal(summary.stepsWithItems, 4);
    assert.equal(summary.stepsComplete, 2, 'the goal and the assessment are free of errors and warnings');
    assert.equal(summary.objectives, 2);
    assert.equal(summary.objectivesNotAssessed, 1);
    assert.equal(summary.designDocuments, 4);
    assert.equal(summary.problems.errors, 1);
  });

  it('keeps documents of an unknown type apart, with their problems', () => {
    const outline = outlineOf({ 'odd.md': '---\ntype: objectiv\n---\n', 'other-tool.md': '---\ntype: docs\n---\n', 'goal.md': GOAL });
    assert.deepEqual(outline.unsorted, [{ uri: 'odd.md', problems: { errors: 1, warnings: 0, infos: 0, placeholders: 0 } }]);
    assert.equal(outline.summary.designDocuments, 2);
    assert.equal(outline.summary.problems.errors, 1);
  });

  it('counts a single-item document without an id on its type line', () => {
    const outline = outlineOf({ 'objective.md': '---\ntype: objective\ntitle: No id\nstatement: the nurse will understand\n---\n' });
    const [item] = stepOfKind(outline, 'objective').items;
    assert.equal(item.id, undefined);
    assert.equal(item.range.start.line, 1);
    assert.ok(item.problems.errors >= 1, 'missing-id');
    assert.equal(outline.summary.objectivesNotAssessed, 1, 'an objective without id cannot be assessed');
  });
  it('counts placeholders apart and keeps their step in progress, pointing at the first one', () => {
    const learners = '---\ntype: learners\ntitle: Learner group\ncount: 20\nprofile: TBD\n---\n';
    const step = stepOfKind(outlineOf({ ...CLEAN, 'learners.md': learners }), 'learners');
    assert.equal(step.status, 'in-progress');
    assert.deepEqual(step.problems, { errors: 0, warnings: 0, infos: 0, placeholders: 2 });
    assert.deepEqual(step.firstPlaceholder, { uri: 'learners.md', range: { start: { line: 2, character: 7 }, end: { line: 2, character: 20 } } });
    assert.equal(stepOfKind(outlineOf(CLEAN), 'learners').firstPlaceholder, undefined);
  });

  it('does not hold a step back for placeholders turned down to information', () => {
    const design = new Design(configOf({ rules: { 'placeholder-text': 'info' } }));
    design.set(parseDocument('learners.md', '---\ntype: learners\nprofile: TBD\n---\n'));
    design.flush();
    const step = stepOfKind(buildOutline(design), 'learners');
    assert.deepEqual([step.status, step.problems], ['complete', { errors: 0, warnings: 0, infos: 1, placeholders: 0 }]);
  });

  it('shows the goal\'s gap with the measures of Step 12', () => {
    const evaluation = '---\ntype: evaluation\nmeasures:\n  - Repeat audit of hand hygiene\n  - >-\n    Observed\n    recapping\n---\n';
    const goal = stepOfKind(outlineOf({ ...CLEAN, 'evaluation.md': evaluation }), 'goal').items[0];
    assert.deepEqual(goal.gap, {
      gap: 'Nurses clean their hands at 31% of observed moments; the target is 80%.',
      measures: [
        { text: 'Repeat audit of hand hygiene', uri: 'evaluation.md', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 32 } } },
        { text: 'Observed recapping', uri: 'evaluation.md', range: { start: { line: 4, character: 4 }, end: { line: 7, character: 0 } } },
      ],
    });
    assert.deepEqual(stepOfKind(outlineOf(CLEAN), 'goal').items[0].gap?.measures, []);
  });

  it('shows a gap given as a map on one line, and a single measure or one kept over lines as one line', () => {
    const goal = '---\ntype: goal\nid: GOAL-1\ngap:\n  current: |\n    31% of moments,\n    observed\n  desired: 80%\n  note:\n---\n';
    const evaluation = '---\ntype: evaluation\nmeasures: |\n  Repeat audit\n  of hand hygiene\n---\n';
    const [item] = stepOfKind(outlineOf({ 'goal.md': goal, 'evaluation.md': evaluation }), 'goal').items;
    assert.equal(item.gap?.gap, 'current: 31% of moments, observed; desired: 80%; note:');
    assert.deepEqual(item.gap?.measures.map(measure => measure.text), ['Repeat audit of hand hygiene']);
  });

  it('keeps a step in progress for errors and warnings together, or a warning and a placeholder', () => {
    const skills = (title: string, tasks: string) => `${CLEAN['skills.md'].replace(/---\n$/, '')}  - id: SK-2\n    title: ${title}\n    kind: knowledge\n    tasks: [${tasks}]\n---\n`;
    const placeholder = stepOfKind(outlineOf({ ...CLEAN, 'skills.md': skills('TBD', 'T-HH') }), 'skill');
    assert.deepEqual([placeholder.status, placeholder.problems], ['in-progress', { errors: 0, warnings: 1, infos: 0, placeholders: 1 }]);
    const both = stepOfKind(outlineOf({ ...CLEAN, 'skills.md': skills('Orphan', 'T-NOPE') }), 'skill');
    assert.deepEqual([both.status, both.problems], ['in-progress', { errors: 1, warnings: 1, infos: 0, placeholders: 0 }]);
  });

  it('counts a placeholder raised to an error as a placeholder', () => {
    const design = new Design(configOf({ rules: { 'placeholder-text': 'error' } }));
    design.set(parseDocument('learners.md', '---\ntype: learners\nprofile: TBD\n---\n'));
    design.flush();
    const step = stepOfKind(buildOutline(design), 'learners');
    assert.deepEqual(step.problems, { errors: 0, warnings: 0, infos: 0, placeholders: 1 });
    assert.equal(step.firstPlaceholder?.uri, 'learners.md');
  });

  it('gives only goals a gap', () => {
    const outline = outlineOf(CLEAN);
    const items = outline.phases.flatMap(phase => phase.steps).flatMap(step => step.items);
    assert.deepEqual(items.filter(item => item.gap !== undefined).map(item => item.kind), ['goal']);
  });

  it('shows a gap and measures with runs of spaces and line breaks as single spaces', () => {
    const goal = '---\ntype: goal\nid: GOAL-1\ngap: |\n  31%  of moments\n  observed\n---\n';
    const evaluation = '---\ntype: evaluation\nmeasures:\n  - "Repeat   audit  "\n---\n';
    const [item] = stepOfKind(outlineOf({ 'goal.md': goal, 'evaluation.md': evaluation }), 'goal').items;
    assert.equal(item.gap?.gap, '31% of moments observed');
    assert.deepEqual(item.gap?.measures.map(measure => measure.text), ['Repeat audit']);
  });

  it('counts a list entry\'s problems from its first field on, an empty entry\'s on itself', () => {
    const tasks = '---\ntype: task\nitems:\n  - title: Wash hands\n    skills: [SK-HH-rub]\n  - {}\n---\n';
    const [untitled, empty] = stepOfKind(outlineOf({ ...CLEAN, 'tasks.md': tasks }), 'task').items;
    assert.deepEqual(untitled.problems, { errors: 1, warnings: 0, infos: 0, placeholders: 0 }, 'missing-id on its first field');
    assert.deepEqual(empty.problems, { errors: 1, warnings: 1, infos: 0, placeholders: 0 }, 'missing-id and task-without-skills on "{}"');
  });

  it('links only skills that are skills, and only items that list the objective under "objectives:"', () => {
    const objectives = OBJECTIVES.replace('skills: [SK-1, SK-404]', 'skills: [SK-1, T-1]');
    const outline = outlineOf({
      'skills.md': SKILLS, 'objectives.md': objectives, 'tasks.md': '---\ntype: task\nid: T-1\ntitle: A task\n---\n',
      'lesson.md': '---\ntype: lesson\nid: LES-9\ntitle: Misfiled\nactivities: [OBJ-1]\n---\n',
      'assessment.md': '---\ntype: assessment\ntitle: No id\nobjectives: [OBJ-1]\n---\n',
    });
    const links = itemWithId(outline, 'OBJ-1').links!;
    assert.deepEqual(links.skills.map(link => link.id), ['SK-1']);
    assert.deepEqual([links.lessons, links.assessments], [[], []]);
  });

  it('gives a single-item document\'s item every problem of the document, a syntax error after its fields included', () => {
    const skill = '---\ntype: skill\nid: SK-1\ntitle: Rub hands\nkind: skill\n- oops\n---\n';
    const [item] = stepOfKind(outlineOf({ 'skill.md': skill }), 'skill').items;
    assert.deepEqual(item.problems, { errors: 3, warnings: 1, infos: 0, placeholders: 0 });
  });
});
