import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

describe('rule placeholder-text', () => {
  it('reports an ellipsis, TODO, TBD and <...> on the placeholder itself', () => {
    const found = expectReports('placeholder-text', {
      'goal.md': md`
        ---
        type: goal
        title: «TODO»
        goal: Learners will apply «...» in their daily work
        gap: «<current performance, with figures>»
        performance_factors:
          environment: lacking
        interventions:
          environment: [Local hand rub «TBD», «…»]
        ---
      `,
    });
    assert.equal(found[1].message, '"..." marks text still to be written: replace it with this design\'s own words.');
    assert.deepEqual(found[1].data, { placeholder: '...' });
  });

  it('reports a template\'s guidance left unchanged, also folded over lines', () => {
    expectReports('placeholder-text', {
      'goal.md': md`
        ---
        type: goal
        title: «Learning goal»
        gap: >-
          Current performance: «what workers do now,
          with figures». Desired performance: «what they should do».
        ---
      `,
      'tasks.md': '---\ntype: task\nitems:\n  - id: T-1\n    title: «Major task»\n    skills: [SK-HH-rub]\n---\n',
    });
  });

  it('does not report short guidance inside a real text, ids, links or plain prose', () => {
    expectSilent('placeholder-text', CLEAN);
    expectSilent('placeholder-text', cleanWith({
      'assessments.md': '---\ntype: assessment\nitems:\n  - id: AS-HH-1\n    title: Assessment of hand rub on the ward\n    method: observation checklist, see <https://www.who.int>\n    objectives: [OBJ-HH-1]\n---\n',
      'learners.md': '---\ntype: learners\ntitle: Ward nurses; target < 5 per ward > 2 days\ncount: 40\n---\nA body with TODO and ... is prose, not a field.\n',
    }));
  });
});

describe('rule placeholder-text: what each finding says and covers', () => {
  it('quotes a guidance folded over lines on one line, and says it is a template\'s guidance', () => {
    const [finding] = expectReports('placeholder-text', {
      'goal.md': '---\ntype: goal\ngap: >-\n  Now: «what workers do now,\n    with figures».\n---\n',
    });
    assert.equal(finding.message, '"what workers do now, with figures" is a template\'s guidance, left unchanged: replace it with this design\'s own words.');
    assert.deepEqual(finding.data, { placeholder: 'what workers do now, with figures' });
  });

  it('reports a short guidance that is the whole value on its words, inside quotes and spaces', () => {
    const [finding] = expectReports('placeholder-text', {
      'lesson.md': '---\ntype: lesson\nid: LES-1\ntitle: "  «Lesson title» "\n---\n',
    });
    assert.equal(finding.message, '"Lesson title" is a template\'s guidance, left unchanged: replace it with this design\'s own words.');
  });

  it('reports the longest short guidance, whatever blanks surround it, and nothing one letter longer', () => {
    const [finding] = expectReports('placeholder-text', {
      'activities.md': '---\ntype: activity\nid: ACT-1\ntitle: "      «Learning activity»      "\n---\n',
    });
    assert.deepEqual(finding.data, { placeholder: 'Learning activity' });
    expectSilent('placeholder-text', cleanWith({ 'activities.md': '---\ntype: activity\nid: ACT-1\ntitle: Learning activitys\n---\n' }));
  });

  it('reports a short guidance broken over lines on the whole value', () => {
    const [finding] = expectReports('placeholder-text', {
      'lesson.md': '---\ntype: lesson\nid: LES-1\ntitle: «"Lesson\n  title"»\n---\n',
    });
    assert.match(finding.message, /is a template's guidance, left unchanged/);
  });

  it('reports a guidance and a marker after it, and markers that touch, each once and in order', () => {
    const found = expectReports('placeholder-text', {
      'goal.md': '---\ntype: goal\ngoal: «what they should do», «TODO»«...»\n---\n',
    });
    assert.deepEqual(found.map(finding => finding.data?.placeholder), ['what they should do', 'TODO', '...']);
    assert.deepEqual(found.map(finding => finding.message.endsWith('is a template\'s guidance, left unchanged: replace it with this design\'s own words.')), [true, false, false]);
  });

  it('reports a marker that holds a guidance once, as a marker', () => {
    const [finding] = expectReports('placeholder-text', {
      'goal.md': '---\ntype: goal\ngoal: Desired: «<what they should do>»\n---\n',
    });
    assert.equal(finding.message, '"<what they should do>" marks text still to be written: replace it with this design\'s own words.');
  });

  it('does not read the type or the id of an item as a placeholder', () => {
    expectSilent('placeholder-text', {
      'assessment.md': '---\ntype: assessment\nid: AS-TODO\ntitle: Observed hand rub\n---\n',
      'lessons.md': '---\ntype: lesson\nitems:\n  - id: LES-TBD\n    title: Hand hygiene\n---\n',
    });
  });
});
