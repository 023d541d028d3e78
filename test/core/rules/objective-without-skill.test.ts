import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent, md } from '../helpers';

const STATEMENT = 'statement: Given alcohol-based hand rub, the nurse will perform a hand rub covering all surfaces in 20 to 30 seconds.';

describe('rule objective-without-skill', () => {
  it('reports an objective with no `skills` on its id', () => {
    const [finding] = expectReports('objective-without-skill', cleanWith({
      'objective.md': `---\ntype: objective\nid: «OBJ-HH-1»\n${STATEMENT}\n---\n`,
    }));
    assert.equal(finding.message, 'Objective "OBJ-HH-1" references no skill: list the essential skills it builds under "skills:".');
    assert.deepEqual(finding.data, { id: 'OBJ-HH-1' });
  });

  it('reports empty `skills` lists and values in a collection', () => {
    expectReports('objective-without-skill', {
      'objectives.md': md`
        ---
        type: objective
        items:
          - id: «OBJ-1»
            skills: []
          - id: «OBJ-2»
            skills:
          - id: OBJ-3
            skills: SK-1
        ---
      `,
    });
  });

  it('reports an objective without id on its `type:` line', () => {
    expectReports('objective-without-skill', { 'objective.md': `---\n«type: objective»\n${STATEMENT}\n---\n` });
  });

  it('does not report an objective that lists a skill, even an unknown one (that is unknown-reference)', () => {
    expectSilent('objective-without-skill', CLEAN);
    expectSilent('objective-without-skill', { 'objective.md': `---\ntype: objective\nid: OBJ-1\n${STATEMENT}\nskills: [SK-NOPE]\n---\n` });
  });
});
