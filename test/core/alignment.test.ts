import assert from 'node:assert/strict';
import { Design, MethodClassifier, alignmentOf, methodOf, parseDocument } from '../../server/src/core';
import { CLEAN, cleanWith, type Files } from './helpers';

function designOf(files: Files): Design {
  const design = new Design();
  for (const [uri, text] of Object.entries(files)) design.set(parseDocument(uri, text));
  return design;
}

/** The alignment of the clean design's objective (a performed skill) in a design of these files. */
function alignmentIn(files: Files) {
  const design = designOf(files);
  return alignmentOf(design, design.definitionsOf('OBJ-HH-1')[0], design.classifiers);
}

const ids = (items: readonly { id?: string }[] | undefined) => items?.map(item => item.id);

/** The clean design whose only activity for the objective is a lecture, in a lesson with a second activity. */
const LECTURE = {
  'activities.md': CLEAN['activities.md'].replace('demonstration and return demonstration', 'lecture'),
  'lesson.md': CLEAN['lesson.md'].replace('activities: [ACT-HH-1]', 'activities: [ACT-HH-1, ACT-HH-2]'),
};
const activity2 = (method: string) => `---\ntype: activity\nid: ACT-HH-2\ntitle: Second activity\nmethod: ${method}\n---\n`;

describe('alignment of an objective', () => {
  it('gathers the items with an id that list the objective under "objectives:", by kind', () => {
    const alignment = alignmentIn(cleanWith({
      'assessment-2.md': '---\ntype: assessment\ntitle: No id\nmethod: quiz\nobjectives: [OBJ-HH-1]\n---\n',
      'lesson-2.md': '---\ntype: lesson\nid: LES-2\ntitle: Listed as an activity by mistake\nactivities: [OBJ-HH-1]\n---\n',
    }));
    assert.deepEqual([ids(alignment.assessments), ids(alignment.activities), ids(alignment.lessons)], [['AS-HH-1'], ['ACT-HH-1'], ['LES-HH']]);
  });

  it('finds practice in another activity of a lesson that lists the objective', () => {
    assert.equal(alignmentIn(cleanWith({ ...LECTURE, 'activity-2.md': activity2('drill') })).activitiesWithoutPractice, undefined);
    assert.deepEqual(ids(alignmentIn(cleanWith({ ...LECTURE, 'activity-2.md': activity2('slides') })).activitiesWithoutPractice), ['ACT-HH-1']);
  });

  it('says nothing when one lesson of several may hold the practice', () => {
    const lesson2 = '---\ntype: lesson\nid: LES-2\ntitle: Theory\nobjectives: [OBJ-HH-1]\nactivities: [ACT-HH-1]\n---\n';
    assert.equal(alignmentIn(cleanWith({ ...LECTURE, 'activity-2.md': activity2('drill'), 'lesson-2.md': lesson2 })).activitiesWithoutPractice, undefined);
  });

  it('takes a lesson\'s unclassified activity as possible practice', () => {
    assert.equal(alignmentIn(cleanWith({ ...LECTURE, 'activity-2.md': activity2('Case discussion of five patients') })).activitiesWithoutPractice, undefined);
  });

  it('counts only activities listed under the lesson\'s "activities:"', () => {
    // A simulation is an assessment here, though the lesson lists it among its activities.
    const simulation = '---\ntype: assessment\nid: AS-SIM\ntitle: Simulation\nmethod: simulation\nobjectives: [OBJ-HH-2]\n---\n';
    const misplaced = cleanWith({ ...LECTURE, 'lesson.md': LECTURE['lesson.md'].replace('ACT-HH-2', 'AS-SIM'), 'simulation.md': simulation });
    assert.deepEqual(ids(alignmentIn(misplaced).activitiesWithoutPractice), ['ACT-HH-1']);
    // A drill the lesson lists as an assessment is not one of its activities either.
    const asAssessment = cleanWith({
      ...LECTURE,
      'lesson.md': CLEAN['lesson.md'].replace('assessments: [AS-HH-1]', 'assessments: [AS-HH-1, ACT-HH-2]'),
      'activity-2.md': activity2('drill'),
    });
    assert.deepEqual(ids(alignmentIn(asAssessment).activitiesWithoutPractice), ['ACT-HH-1']);
  });
});

describe('an item\'s method', () => {
  const methodIn = (value: string) => methodOf(parseDocument('a.md', `---\ntype: activity\nid: A-1\nmethod: ${value}\n---\n`).items[0], new MethodClassifier());

  it('is the trimmed text of "method:" with its classes', () => {
    const method = methodIn('"  supervised practice  "');
    assert.equal(method?.text, 'supervised practice');
    assert.deepEqual(method?.classification.classes, ['practice']);
  });

  it('is missing when "method:" is blank', () => {
    assert.equal(methodIn('"   "'), undefined);
    assert.equal(methodIn(''), undefined);
  });
});
