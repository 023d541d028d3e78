import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent } from '../helpers';

const MARKED_OBJECTIVE = CLEAN['objective.md'].replace('id: OBJ-HH-1', 'id: «OBJ-HH-1»');
const ACTIVITIES = (...methods: string[]) => ({
  'activities.md': `---\ntype: activity\nitems:\n${methods.map((method, index) =>
    `  - id: ACT-${index + 1}\n    method: ${method}\n    objectives: [OBJ-HH-1]\n`).join('')}---\n`,
  'lesson.md': CLEAN['lesson.md'].replace('activities: [ACT-HH-1]', 'activities: [ACT-1]'),
});

describe('rule activity-without-practice', () => {
  it('reports a performed skill whose activities only present, on the objective, with the activities as related information', () => {
    const [finding] = expectReports('activity-without-practice', cleanWith({
      'objective.md': MARKED_OBJECTIVE, ...ACTIVITIES('Lecture with slides', 'Video of the WHO technique'),
    }));
    assert.equal(finding.message, 'Objective "OBJ-HH-1" is a performed skill (its verb "perform" names a performed skill), but none of its activities lets learners practise it ("ACT-1", "ACT-2"). Plan practice with feedback: return demonstration, drill, role play, simulation or supervised practice.');
    assert.deepEqual(finding.data, { id: 'OBJ-HH-1', items: ['ACT-1', 'ACT-2'] });
    assert.deepEqual(finding.related?.map(related => [related.uri, related.range.start.line, related.message]), [
      ['activities.md', 3, 'Activity "ACT-1" presents content: "Lecture with slides"'],
      ['activities.md', 6, 'Activity "ACT-2" presents content: "Video of the WHO technique"'],
    ]);
  });

  it('names every class of an activity\'s method in its related information', () => {
    const [finding] = expectReports('activity-without-practice', cleanWith({
      'objective.md': MARKED_OBJECTIVE, ...ACTIVITIES('Lecture, then a quiz'),
    }));
    assert.deepEqual(finding.related?.map(related => related.message), ['Activity "ACT-1" tests knowledge, presents content: "Lecture, then a quiz"']);
  });

  it('is silent when one activity lets learners practise', () => {
    expectSilent('activity-without-practice', CLEAN);
    expectSilent('activity-without-practice', cleanWith(ACTIVITIES('Lecture with slides', 'Practice in pairs with UV gel')));
  });

  it('is silent when an activity is unclassified or has no method (it might be practice)', () => {
    expectSilent('activity-without-practice', cleanWith(ACTIVITIES('Lecture with slides', 'Ward walk with the tutor')));
    expectSilent('activity-without-practice', cleanWith({
      'activities.md': '---\ntype: activity\nid: ACT-1\nobjectives: [OBJ-HH-1]\n---\n',
      'lesson.md': CLEAN['lesson.md'].replace('activities: [ACT-HH-1]', 'activities: [ACT-1]'),
    }));
  });

  it('is silent when a lesson of the objective holds a practice activity of its own', () => {
    expectSilent('activity-without-practice', cleanWith({
      'activities.md': '---\ntype: activity\nitems:\n  - id: ACT-1\n    method: Lecture\n    objectives: [OBJ-HH-1]\n  - id: ACT-2\n    method: Drill in pairs\n    objectives: [OBJ-OTHER]\n---\n',
      'lesson.md': CLEAN['lesson.md'].replace('activities: [ACT-HH-1]', 'activities: [ACT-1, ACT-2]'),
      'other.md': '---\ntype: objective\nid: OBJ-OTHER\nstatement: List the five moments.\nskills: [SK-HH-rub]\n---\n',
    }));
  });

  it('is silent for cognitive and attitude objectives', () => {
    for (const level of ['application', 'attitude']) {
      expectSilent('activity-without-practice', cleanWith({
        'objective.md': CLEAN['objective.md'].replace('skills:', `level: ${level}\nskills:`), ...ACTIVITIES('Lecture'),
      }));
    }
  });
});
