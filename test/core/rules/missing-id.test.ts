import assert from 'node:assert/strict';
import { STEPS } from '../../../server/src/core';
import { CLEAN, expectReports, expectSilent, findingsWith, md } from '../helpers';

describe('rule missing-id', () => {
  it('reports a single-item document without id on its `type:` line', () => {
    const [finding] = expectReports('missing-id', {
      'objective.md': md`
        ---
        «type: objective»
        title: Perform a hand rub
        statement: Given hand rub, the nurse will perform a hand rub in 20 to 30 seconds.
        ---
      `,
    });
    assert.match(finding.message, /"id: OBJ-1"/);
    assert.deepEqual(finding.data, { kind: 'objective', index: undefined });
  });

  it('reports each item of a collection that lacks an id, on its first field, with its index', () => {
    const found = expectReports('missing-id', {
      'skills.md': md`
        ---
        type: skill
        items:
          - id: SK-1
            title: Hand rub
          - «title: Hand wash»
            kind: skill
          - «kind: knowledge»
        ---
      `,
    });
    assert.deepEqual(found.map(finding => finding.data?.index), [1, 2]);
  });

  it('treats an empty id as missing', () => {
    expectReports('missing-id', { 'task.md': '---\n«type: task»\nid:\nskills: [SK-1]\n---\n' });
  });

  for (const { kind, requiresId } of STEPS) {
    it(`${requiresId ? 'requires' : 'does not require'} an id on \`${kind}\``, () => {
      const found = findingsWith('missing-id', { [`${kind}.md`]: `---\ntype: ${kind}\ntitle: Untitled\n---\n` });
      assert.equal(found.length, requiresId ? 1 : 0);
    });
  }

  it('does not report items that all have ids', () => {
    expectSilent('missing-id', CLEAN);
  });

  it('leaves an id given as a list or a map to invalid-id', () => {
    expectSilent('missing-id', { 'skills.md': '---\ntype: skill\nitems:\n  - id: [SK-1, SK-2]\n  - id:\n      name: SK-3\n---\n' });
  });
});
