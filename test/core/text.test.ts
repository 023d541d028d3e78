import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core';

describe('LineIndex', () => {
  it('clamps an offset between "\\r" and "\\n" to the end of the line\'s content', () => {
    const lines = new LineIndex('key:\r\nnext\r\n');
    assert.deepEqual(lines.positionAt(5), { line: 0, character: 4 });
    assert.deepEqual(lines.positionAt(4), { line: 0, character: 4 });
    assert.deepEqual(lines.positionAt(6), { line: 1, character: 0 });
    assert.deepEqual(new LineIndex('a\nb').positionAt(2), { line: 1, character: 0 });
  });
});
