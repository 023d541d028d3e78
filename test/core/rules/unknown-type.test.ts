import assert from 'node:assert/strict';
import { STEPS } from '../../../server/src/core';
import { CLEAN, expectReports, expectSilent, findingsWith, md } from '../helpers';

describe('rule unknown-type', () => {
  it('reports a type that is not one of the 12 kinds on its value, listing the kinds', () => {
    const [finding] = expectReports('unknown-type', {
      'objectives.md': md`
        ---
        type: «objectives»
        id: OBJ-1
        ---
      `,
    });
    assert.match(finding.message, /"objectives"/);
    for (const { kind } of STEPS) assert.ok(finding.message.includes(kind), `message lists ${kind}`);
  });

  it('reports a type that is not text on its value', () => {
    expectReports('unknown-type', { 'list.md': '---\ntype: «[task, skill]»\n---\n' });
  });

  it('reports an empty type on the `type:` line', () => {
    const [finding] = findingsWith('unknown-type', { 'empty.md': '---\ntype:\nid: T-1\n---\n' });
    assert.equal(finding.range.start.line, 1);
    assert.match(finding.message, /The type is empty/);
  });

  it('is case-sensitive: `Task` is not a kind', () => {
    expectReports('unknown-type', { 'task.md': '---\ntype: «Task»\nid: T-1\n---\n' });
  });

  it('does not run item rules on a document of unknown type', () => {
    const files = { 'x.md': '---\ntype: «objectivez»\nstatement: understand things\n---\n' };
    expectReports('unknown-type', files);
    for (const code of ['missing-id', 'objective-not-measurable', 'objective-without-skill']) expectSilent(code, files);
  });

  it('does not report any of the 12 kinds', () => {
    expectSilent('unknown-type', CLEAN);
    for (const { kind } of STEPS) expectSilent('unknown-type', { [`${kind}.md`]: `---\ntype: ${kind}\nid: X-1\n---\n` });
  });

  it('does not report Markdown without a type', () => {
    expectSilent('unknown-type', { 'readme.md': '---\ntitle: About\n---\n# About\n', 'plain.md': 'type: task\n' });
  });
});
