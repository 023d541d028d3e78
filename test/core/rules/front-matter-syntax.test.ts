import assert from 'node:assert/strict';
import { Design, parseDocument } from '../../../server/src/core';
import { CLEAN, check, expectReports, expectSilent, md } from '../helpers';

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

  describe('does not cascade into the documents that reference its ids', () => {
    const brokenSkills = md`
      ---
      type: skill
      items:
        - id: SK-HH-rub
          title: "Hand rub
        - id: SK-HH-wash
      ---
    `;

    it('reports no unknown reference to an id the broken document defines, and says why in its one error', () => {
      const findings = check({ ...CLEAN, 'skills.md': brokenSkills });
      assert.deepEqual(findings.filter(finding => finding.code === 'unknown-reference'), []);
      const syntax = findings.filter(finding => finding.code === 'front-matter-syntax');
      assert.equal(syntax.length, 1);
      // The parser still reads the first item; the unclosed quote swallows the second.
      assert.match(syntax[0].message, /^Invalid YAML: Missing closing "quote\. Until it is fixed, the ids defined here \("SK-HH-wash"\) cannot be read, so references to them elsewhere are not reported\.$/);
    });

    it('still reports a reference to an id that no document, broken or not, defines', () => {
      const findings = check({ ...CLEAN, 'skills.md': brokenSkills, 'objective.md': CLEAN['objective.md'].replace('skills: [SK-HH-rub]', 'skills: [SK-HH-rub, SK-HH-none]') });
      assert.deepEqual(findings.filter(finding => finding.code === 'unknown-reference').map(finding => finding.data?.id), ['SK-HH-none']);
    });

    it('lists at most five unread ids, and none when the broken document defines none', () => {
      const many = `---\ntype: skill\ntitle: "open\nitems:\n${Array.from({ length: 7 }, (_, i) => `  - id: SK-${i}`).join('\n')}\n---\n`;
      const [finding] = check({ 'skills.md': many }).filter(f => f.code === 'front-matter-syntax');
      assert.match(finding.message, /\("SK-0", "SK-1", "SK-2", "SK-3", "SK-4" and 2 more\)/);
      const [plain] = check({ 'task.md': '---\ntype: task\ntitle: "open\n---\n' }).filter(f => f.code === 'front-matter-syntax');
      assert.doesNotMatch(plain.message, /Until it is fixed/);
    });

    it('also for a front matter that is never closed', () => {
      const findings = check({ ...CLEAN, 'skills.md': '---\ntype: skill\nid: SK-HH-rub\n' });
      assert.deepEqual(findings.filter(finding => finding.code === 'unknown-reference'), []);
      assert.match(findings.find(finding => finding.code === 'front-matter-syntax')!.message, /never closed.*\("SK-HH-rub"\)/);
    });

    it('reports the references again, incrementally, when the document is deleted instead of fixed', () => {
      const design = new Design();
      for (const [path, text] of Object.entries({ ...CLEAN, 'skills.md': brokenSkills })) design.set(parseDocument(path, text));
      design.flush();
      assert.ok(![...design.allDocuments()].some(document => design.findingsOf(document.uri).some(f => f.code === 'unknown-reference')));
      design.delete('skills.md');
      const changed = design.flush();
      assert.ok([...changed.values()].flat().some(finding => finding.code === 'unknown-reference'), 'references to SK-HH-rub are unknown now');
    });
  });
});
