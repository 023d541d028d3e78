import assert from 'node:assert/strict';
import { Design, parseDocument, skippedDocument } from '../../../server/src/core';

describe('rule file-skipped', () => {
  it('reports a file that could not be read as text at its start, as a warning, inside a design', () => {
    const design = new Design();
    design.setDeclared(true);
    design.set(skippedDocument('file:///w/scan.md', 'the file contains NUL bytes: it looks binary, not Markdown text.'));
    const [finding] = design.flush().get('file:///w/scan.md')!;
    assert.equal(finding.code, 'file-skipped');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(finding.message, 'Not checked: the file contains NUL bytes: it looks binary, not Markdown text.');
  });

  it('reports nothing outside a design (a documentation site\'s odd file is not ours)', () => {
    const design = new Design();
    design.set(skippedDocument('file:///w/scan.md', 'the file is not valid UTF-8 text: save it with UTF-8 encoding.'));
    assert.equal(design.flush().size, 0);
  });

  it('does not report documents that were read', () => {
    const design = new Design();
    design.set(parseDocument('file:///w/task.md', '---\ntype: task\nid: T-1\nskills: [SK-1]\n---\n'));
    assert.ok(!design.flush().get('file:///w/task.md')!.some(finding => finding.code === 'file-skipped'));
  });
});
