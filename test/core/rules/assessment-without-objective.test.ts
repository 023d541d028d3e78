import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

describe('rule assessment-without-objective', () => {
  it('reports each assessment of a collection that lists no objective, on its id', () => {
    const found = expectReports('assessment-without-objective', cleanWith({
      'assessments.md': md`
        ---
        type: assessment
        items:
          - id: AS-HH-1
            objectives: [OBJ-HH-1]
          - id: «AS-HH-2»
            method: written test
          - id: «AS-HH-3»
            objectives: []
        ---
      `,
    }));
    assert.equal(found[0].message, 'Assessment "AS-HH-2" references no objective: list the objectives it assesses under "objectives:".');
  });

  it('reports a single assessment without id on its `type:` line', () => {
    expectReports('assessment-without-objective', { 'assessment.md': '---\n«type: assessment»\nmethod: quiz\n---\n' });
  });

  it('does not report assessments that list an objective', () => {
    expectSilent('assessment-without-objective', CLEAN);
  });
});
