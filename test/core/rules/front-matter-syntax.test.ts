import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, md } from '../helpers';

describe('rule front-matter-syntax', () => {
  it('reports an unterminated quoted value where the parser fails', () => {
    const [finding] = expectReports('front-matter-syntax', {
      'objective.md': md`
        ---
        type: objective
        id: OBJ-1
        «statement: "Perform a hand rub»
        ---
      `,
    });
    assert.match(finding.message, /^Invalid YAML: Missing closing "quote/);
  });

  it('reports a duplicate key on the second key', () => {
    expectReports('front-matter-syntax', {
      'task.md': md`
        ---
        type: task
        id: T-1
        «i»d: T-2
        skills: [SK-1]
        ---
      `,
    });
  });

  it('reports a front matter that is never closed on the opening fence', () => {
    const [finding] = expectReports('front-matter-syntax', { 'task.md': '«---»\ntype: task\nid: T-1\n' });
    assert.match(finding.message, /never closed/);
  });

  it('reports an unclosed flow list in a design document', () => {
    expectReports('front-matter-syntax', {
      'objective.md': md`
        ---
        type: objective
        id: OBJ-1
        statement: List the five moments for hand hygiene, all five correct.
        «skills: [SK-1»
        ---
      `,
    });
  });

  it('does not report valid front matter', () => {
    expectSilent('front-matter-syntax', CLEAN);
  });

  it('does not report broken YAML in a Markdown file that is not a design document', () => {
    expectSilent('front-matter-syntax', { 'notes.md': '---\ntitle: [meeting notes\n---\nMinutes.\n', 'plain.md': '# Just Markdown\n' });
  });
});
