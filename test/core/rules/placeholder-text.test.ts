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
