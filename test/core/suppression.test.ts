import assert from 'node:assert/strict';
import { check, md } from './helpers';

/** A task with two problems on different lines: an invalid id (line 2) and an unknown skill (line 3). */
const TASK_LINES = 'type: task\nid: 9-wash\nskills: [SK-NOPE]\n';
const codesOf = (text: string) => check({ 'task.md': text }).map(finding => finding.code).sort();

describe('suppression comments', () => {
  it('reports both problems when nothing is suppressed', () => {
    assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n`), ['invalid-id', 'unknown-reference']);
  });

  describe('# idstudio-disable-next-line (front matter)', () => {
    it('silences the listed code on the next line only', () => {
      assert.deepEqual(codesOf('---\ntype: task\n# idstudio-disable-next-line invalid-id\nid: 9-wash\nskills: [SK-NOPE]\n---\n'), ['unknown-reference']);
    });

    it('silences every code on the next line when no code is given', () => {
      assert.deepEqual(codesOf('---\ntype: task\nid: 9-wash\n  #idstudio-disable-next-line\nskills: [SK-NOPE]\n---\n'), ['invalid-id']);
    });

    it('accepts several codes, separated by spaces or commas', () => {
      const text = md`
        ---
        type: task
        items:
          # idstudio-disable-next-line invalid-id, task-without-skills
          - id: 9-wash
          # idstudio-disable-next-line unknown-reference task-without-skills
          - id: T-2
            skills: [SK-NOPE]
        ---
      `;
      assert.deepEqual(check({ 'task.md': text }).map(finding => `${finding.code}@${finding.range.start.line}`), ['unknown-reference@7']);
    });

    it('does not silence other codes on the next line', () => {
      assert.deepEqual(codesOf('---\ntype: task\n# idstudio-disable-next-line duplicate-id\nid: 9-wash\nskills: [SK-NOPE]\n---\n'),
        ['invalid-id', 'unknown-reference']);
    });

    it('does not count in the body', () => {
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n# idstudio-disable-next-line\n`), ['invalid-id', 'unknown-reference']);
    });
  });

  describe('<!-- idstudio-disable --> (body, whole file)', () => {
    it('silences the listed codes in the whole file', () => {
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n\n<!-- idstudio-disable unknown-reference -->\n`), ['invalid-id']);
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n\n<!-- idstudio-disable unknown-reference, invalid-id -->\n`), []);
    });

    it('silences every code when no code is given', () => {
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n# Notes\n\nSome prose.\n\n<!-- idstudio-disable -->\n`), []);
    });

    it('does not count inside a fenced code block', () => {
      const body = 'How to silence a rule:\n\n```markdown\n<!-- idstudio-disable -->\n```\n';
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n${body}`), ['invalid-id', 'unknown-reference']);
    });

    it('does not count inside an indented code block or inline code', () => {
      const body = '\n    <!-- idstudio-disable -->\n\nWrite `<!-- idstudio-disable -->` to silence a file.\n';
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n${body}`), ['invalid-id', 'unknown-reference']);
    });

    it('counts a comment with spaces before or after it on its line', () => {
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n\n<!-- idstudio-disable unknown-reference -->   \n`), ['invalid-id']);
      assert.deepEqual(codesOf(`---\n${TASK_LINES}---\n\n  <!-- idstudio-disable invalid-id -->\n`), ['unknown-reference']);
    });

    it('does not silence another file', () => {
      const findings = check({
        'a.md': `---\n${TASK_LINES}---\n<!-- idstudio-disable -->\n`,
        'b.md': '---\ntype: task\nid: T-B\nskills: [SK-NOPE-2]\n---\n',
      });
      assert.deepEqual(findings.map(finding => `${finding.path} ${finding.code}`), ['b.md unknown-reference']);
    });
  });
});
