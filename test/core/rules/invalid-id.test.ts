import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, md } from '../helpers';

describe('rule invalid-id', () => {
  it('reports an id that does not start with a letter on the id value', () => {
    const [finding] = expectReports('invalid-id', { 'task.md': '---\ntype: task\nid: «1-wash»\nskills: [SK-1]\n---\n' });
    assert.deepEqual(finding.data, { id: '1-wash' });
    assert.match(finding.message, /start with a letter/);
  });

  it('reports ids with spaces, slashes or non-ASCII letters inside a collection', () => {
    expectReports('invalid-id', {
      'skills.md': md`
        ---
        type: skill
        items:
          - id: «"SK HH"»
          - id: «SK/HH»
          - id: «Sk-é»
          - id: SK-ok
        ---
      `,
    });
  });

  it('reports a numeric id', () => {
    expectReports('invalid-id', { 'activity.md': '---\ntype: activity\nid: «42»\nobjectives: [OBJ-1]\n---\n' });
  });

  it('accepts letters, digits, `_`, `.` and `-` after a leading letter', () => {
    expectSilent('invalid-id', CLEAN);
    expectSilent('invalid-id', {
      'skills.md': '---\ntype: skill\nitems:\n  - id: a\n  - id: SK_HH.rub-2\n  - id: Z9\n---\n',
      'goal.md': '---\ntype: goal\nid: GOAL.2025\n---\n',
    });
  });

  it('reports an id given as a list or a map on the whole value, as one id is expected', () => {
    const found = expectReports('invalid-id', {
      'skills.md': '---\ntype: skill\nitems:\n  - id: «[SK-1, SK-2]»\n  - id:\n      «name: SK-3\n»---\n',
    });
    for (const finding of found) assert.equal(finding.message, 'An id is a single value, not a list or a map: give this item one id.');
  });
});
