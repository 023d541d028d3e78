import assert from 'node:assert/strict';
import { checkTexts, parseDocument } from '../../server/src/core';

const HEAD = '---\ntype: objective\nid: OBJ-1\nstatement: Given gloves, the nurse will put on gloves in 1 minute.\nskills: [SK-9]\n---\n';
const BODY = `${'A paragraph of notes for reviewers, kept on disk but not in memory.\n'.repeat(200)}`;

describe('parsed documents keep what rules and features read, not the body', () => {
  it('keeps the text up to the closing fence, with positions of the whole document', () => {
    const document = parseDocument('a.md', `${HEAD}${BODY}`);
    assert.equal(document.text, HEAD);
    assert.equal(document.items[0].id, 'OBJ-1');
    assert.deepEqual(document.lines.rangeOf(document.items[0].idSpan!), { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } });
    assert.deepEqual(document.bodySuppressions, []);
  });

  it('keeps nothing of a Markdown file without front matter, and all of one whose front matter is never closed', () => {
    assert.equal(parseDocument('notes.md', `# Notes\n${BODY}`).text, '');
    const unterminated = `---\ntype: skill\nid: SK-1\n${BODY}`;
    assert.equal(parseDocument('open.md', unterminated).text, unterminated);
  });

  it('reads the body\'s disable directives when parsing, so they still apply', () => {
    const text = `${HEAD}${BODY}<!-- idstudio-disable unknown-reference -->\n`;
    assert.deepEqual(parseDocument('a.md', text).bodySuppressions, [['unknown-reference']]);
    const [findings] = [...checkTexts([{ path: 'a.md', text }]).values()];
    assert.ok(findings.length > 0 && !findings.some(finding => finding.code === 'unknown-reference'));
    const [unsuppressed] = [...checkTexts([{ path: 'a.md', text: `${HEAD}${BODY}` }]).values()];
    assert.ok(unsuppressed.some(finding => finding.code === 'unknown-reference'));
  });
});
