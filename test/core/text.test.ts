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

describe('LineIndex positions and offsets', () => {
  it('keeps a lone "\\r" (an old Mac line end) as a character of its line', () => {
    assert.deepEqual(new LineIndex('a\rb').positionAt(2), { line: 0, character: 2 });
  });

  it('finds the line of an offset in a text of many lines, the last one included', () => {
    const lines = new LineIndex('ab\ncd\nef\ngh');
    assert.deepEqual([0, 3, 7, 9, 11].map(offset => lines.positionAt(offset)), [
      { line: 0, character: 0 }, { line: 1, character: 0 }, { line: 2, character: 1 }, { line: 3, character: 0 }, { line: 3, character: 2 },
    ]);
    assert.deepEqual(lines.positionAt(99), { line: 3, character: 2 });
  });

  it('turns a position back into an offset, clamped to the text and to the end of its line', () => {
    const lines = new LineIndex('ab\ncd\nef');
    assert.equal(lines.offsetAt({ line: 0, character: 1 }), 1);
    assert.equal(lines.offsetAt({ line: 1, character: 2 }), 5);
    assert.equal(lines.offsetAt({ line: -1, character: 1 }), 0);
    assert.equal(lines.offsetAt({ line: 1, character: -4 }), 3);
    // Past the end of a line: the start of the next line (the line break is the line's last character).
    assert.equal(lines.offsetAt({ line: 0, character: 40 }), 3);
    assert.equal(lines.offsetAt({ line: 1, character: 40 }), 6);
    assert.equal(lines.offsetAt({ line: 2, character: 40 }), 8);
    assert.equal(lines.offsetAt({ line: 3, character: 0 }), 8);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 8);
  });

  it('gives the span of each line without its line break, "\\r\\n" or "\\n"', () => {
    const text = 'ab\r\ncd\n\r\n\nx';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 5);
    const spans = [0, 1, 2, 3, 4].map(line => lines.lineSpan(line));
    assert.deepEqual(spans.map(span => text.slice(span.start, span.end)), ['ab', 'cd', '', '', 'x']);
    assert.deepEqual(spans, [{ start: 0, end: 2 }, { start: 4, end: 6 }, { start: 7, end: 7 }, { start: 9, end: 9 }, { start: 10, end: 11 }]);
    // An empty line right after a "\r\n" is empty too.
    assert.deepEqual(new LineIndex('a\r\n\nb').lineSpan(1), { start: 3, end: 3 });
    assert.deepEqual(lines.lineSpan(7), { start: 11, end: 11 });
  });

  it('ends the last line at the end of the text, with or without a final "\\r"', () => {
    assert.deepEqual(new LineIndex('a\nbc\r').lineSpan(1), { start: 2, end: 4 });
    assert.deepEqual(new LineIndex('abc').lineSpan(0), { start: 0, end: 3 });
  });
});
