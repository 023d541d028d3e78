import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Design, checkTexts, compareFindings, parseDocument, type Finding } from '../../server/src/core';
import { CLEAN, configOf, type Files } from './helpers';

/** Versions a file may take during random edits: its clean text, a broken one, or none (deleted). */
const VARIANTS: Record<string, (string | undefined)[]> = {
  'objective.md': [CLEAN['objective.md'], undefined, CLEAN['objective.md'].replace('id: OBJ-HH-1', 'id: OBJ-HH-2'),
    CLEAN['objective.md'].replace('skills: [SK-HH-rub]', 'skills: [ACT-HH-1]')],
  'skills.md': [CLEAN['skills.md'], undefined, CLEAN['skills.md'].replace('SK-HH-rub', 'T-HH')],
  'assessments.md': [CLEAN['assessments.md'], undefined, CLEAN['assessments.md'].replace('[OBJ-HH-1]', '[]')],
  'activities.md': [CLEAN['activities.md'], undefined, CLEAN['activities.md'].replace('ACT-HH-1', 'OBJ-HH-1')],
  'lesson.md': [CLEAN['lesson.md'], undefined, '# The lesson is being rewritten\n'],
  'tasks.md': [CLEAN['tasks.md'], undefined, CLEAN['tasks.md'].replace('    skills: [SK-HH-rub]\n', '')],
};

/** A design loaded with the files and flushed once, so later flushes show only what changed. */
function loaded(files: Files): Design {
  const design = new Design();
  for (const [path, text] of Object.entries(files)) design.set(parseDocument(path, text));
  design.flush();
  return design;
}

/** What a flush reports, as `path → codes` (an empty list means the document's findings were cleared). */
function summary(changed: Map<string, Finding[]>): Record<string, string[]> {
  return Object.fromEntries([...changed].sort(([a], [b]) => a.localeCompare(b))
    .map(([path, findings]) => [path, findings.map(finding => finding.code)]));
}

describe('Design (incremental checking)', () => {
  it('first reports every design document, including clean ones, and no other Markdown', () => {
    const design = new Design();
    for (const [path, text] of Object.entries({ ...CLEAN, 'README.md': '# Notes\n' })) design.set(parseDocument(path, text));
    const changed = design.flush();
    assert.deepEqual([...changed.keys()].sort(), Object.keys(CLEAN).sort());
    assert.ok([...changed.values()].every(findings => findings.length === 0));
    assert.equal(design.isChecked('README.md'), false);
    assert.equal(design.isChecked('objective.md'), true);
  });

  it('flushes in parts when asked to stop: one document a call at least, and the same findings in the end', () => {
    const broken = { ...CLEAN, 'objective.md': CLEAN['objective.md'].replace('the nurse will perform', 'the nurse will understand') };
    const whole = new Design();
    const parts = new Design();
    for (const [path, text] of Object.entries(broken)) {
      whole.set(parseDocument(path, text));
      parts.set(parseDocument(path, text));
    }
    const expected = summary(whole.flush());
    const collected = new Map<string, Finding[]>();
    let calls = 0;
    while (parts.pending || calls === 0) {
      const changed = parts.flush(() => true);
      assert.ok(changed.size <= 1, 'a call that is told to stop checks only the one document it must');
      for (const [path, findings] of changed) collected.set(path, findings);
      calls++;
    }
    assert.equal(calls, Object.keys(CLEAN).length);
    assert.deepEqual(summary(collected), expected);
    assert.equal(parts.pending, false);
    assert.equal(parts.flush().size, 0);
  });

  it('reports nothing when nothing changed, or when a document is set again with the same findings', () => {
    const design = loaded(CLEAN);
    assert.equal(design.flush().size, 0);
    design.set(parseDocument('learners.md', `${CLEAN['learners.md']}\nMore notes about the learners.\n`));
    design.set(parseDocument('objective.md', CLEAN['objective.md']));
    assert.equal(design.flush().size, 0);
  });

  it('reports only the edited document after a local change', () => {
    const design = loaded(CLEAN);
    design.set(parseDocument('objective.md', CLEAN['objective.md'].replace('the nurse will perform', 'the nurse will understand')));
    assert.deepEqual(summary(design.flush()), { 'objective.md': ['objective-not-measurable'] });
  });

  it('deleting the only assessment flags the objective in another file and the lesson that listed it', () => {
    const design = loaded(CLEAN);
    design.delete('assessments.md');
    const changed = design.flush();
    assert.deepEqual(summary(changed), {
      'assessments.md': [],
      'lesson.md': ['unknown-reference'],
      'objective.md': ['objective-not-assessed'],
    });
    assert.equal(design.isChecked('assessments.md'), false);
    assert.deepEqual(design.findingsOf('objective.md'), changed.get('objective.md'));
  });

  it('restoring the assessment clears what its deletion caused', () => {
    const design = loaded(CLEAN);
    design.delete('assessments.md');
    design.flush();
    design.set(parseDocument('assessments.md', CLEAN['assessments.md']));
    assert.deepEqual(summary(design.flush()), { 'assessments.md': [], 'lesson.md': [], 'objective.md': [] });
  });

  it('renaming an id reports the definition and every referrer', () => {
    const design = loaded(CLEAN);
    design.set(parseDocument('skills.md', CLEAN['skills.md'].replace('SK-HH-rub', 'SK-HH-handrub')));
    assert.deepEqual(summary(design.flush()), {
      'objective.md': ['unknown-reference'],
      'skills.md': ['skill-without-objective'],
      'tasks.md': ['unknown-reference'],
    });
  });

  it('a duplicate in a new file flags both copies; deleting it clears the original', () => {
    const design = loaded(CLEAN);
    design.set(parseDocument('copy.md', '---\ntype: activity\nid: ACT-HH-1\nobjectives: [OBJ-HH-1]\n---\n'));
    assert.deepEqual(summary(design.flush()), { 'activities.md': ['duplicate-id'], 'copy.md': ['duplicate-id'] });
    assert.equal(design.definitionsOf('ACT-HH-1').length, 2);
    design.delete('copy.md');
    assert.deepEqual(summary(design.flush()), { 'activities.md': [], 'copy.md': [] });
    assert.equal(design.definitionsOf('ACT-HH-1').length, 1);
  });

  it('suggestions for a dangling reference follow the ids of its kind as they come and go', () => {
    const design = loaded({ ...CLEAN, 'assessment-2.md': '---\ntype: assessment\nid: AS-2\nobjectives: [OBJ-HH-7]\n---\n' });
    const message = () => design.findingsOf('assessment-2.md')[0].message;
    assert.equal(message(), 'No objective has the id "OBJ-HH-7". Did you mean "OBJ-HH-1"?');
    design.set(parseDocument('objective-2.md', '---\ntype: objective\nid: OBJ-HH-2\nstatement: List the moments.\n---\n'));
    design.flush();
    assert.equal(message(), 'No objective has the id "OBJ-HH-7". Did you mean "OBJ-HH-1", "OBJ-HH-2"?');
    design.delete('objective-2.md');
    design.flush();
    assert.equal(message(), 'No objective has the id "OBJ-HH-7". Did you mean "OBJ-HH-1"?');
  });

  it('a document that stops being a design document is cleared', () => {
    const design = loaded({ ...CLEAN, 'draft.md': '---\ntype: task\nid: 1-bad\n---\n' });
    design.set(parseDocument('draft.md', '# A draft, not a design document yet\n'));
    assert.deepEqual(summary(design.flush()), { 'draft.md': [] });
    assert.equal(design.isChecked('draft.md'), false);
  });

  it('deleting an unknown document changes nothing', () => {
    const design = loaded(CLEAN);
    design.delete('nope.md');
    assert.equal(design.flush().size, 0);
  });

  it('a new configuration re-checks everything but reports only documents whose findings changed', () => {
    const design = loaded({ ...CLEAN, 'draft.md': '---\ntype: task\nid: 1-bad\nskills: [SK-HH-rub]\n---\n' });
    assert.deepEqual(design.findingsOf('draft.md').map(finding => finding.severity), ['error']);
    design.setConfig(configOf({ rules: { 'invalid-id': 'hint' } }));
    const changed = design.flush();
    assert.deepEqual([...changed.keys()], ['draft.md']);
    assert.deepEqual(changed.get('draft.md')!.map(finding => `${finding.code} ${finding.severity}`), ['invalid-id hint']);
  });

  it('indexes definitions and referrers of ids, and ids by kind', () => {
    const design = loaded(CLEAN);
    assert.deepEqual(design.referrersOf('OBJ-HH-1').map(reference => `${reference.item.document.uri}:${reference.field}`).sort(), [
      'activities.md:objectives', 'assessments.md:objectives', 'evaluation.md:objectives', 'implementation.md:objectives',
      'lesson.md:objectives', 'monitoring.md:objectives',
    ]);
    assert.deepEqual([...design.idsOfKind('skill')], ['SK-HH-rub']);
    design.delete('skills.md');
    assert.deepEqual([...design.idsOfKind('skill')], []);
    assert.deepEqual(design.definitionsOf('SK-HH-rub'), []);
  });

  it('after any sequence of edits, reports exactly what a full check of the same files reports', () => {
    const edit = fc.record({ path: fc.constantFrom(...Object.keys(VARIANTS)), variant: fc.nat(3) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), edits => {
      const design = loaded(CLEAN);
      const files: Record<string, string> = { ...CLEAN };
      for (const { path, variant } of edits) {
        const variants = VARIANTS[path];
        const text = variants[variant % variants.length];
        if (text === undefined) {
          design.delete(path);
          delete files[path];
        } else {
          design.set(parseDocument(path, text));
          files[path] = text;
        }
        design.flush();
      }
      const expected = checkTexts(Object.entries(files).map(([path, text]) => ({ path, text })));
      for (const path of Object.keys(CLEAN)) {
        assert.deepEqual(design.findingsOf(path), expected.get(path) ?? [], path);
      }
    }), { seed: 20250301, numRuns: 80 });
  });
});


/** The checked documents a flush re-checks after `edit`: each gets a new list of findings, equal or not. */
function recheckedAfter(design: Design, edit: () => void): string[] {
  const before = new Map([...design.allDocuments()].map(document => [document.uri, design.findingsOf(document.uri)]));
  edit();
  design.flush();
  return [...design.allDocuments()].map(document => document.uri)
    .filter(uri => design.isChecked(uri) && design.findingsOf(uri) !== before.get(uri)).sort();
}

const codesIn = (design: Design, uri: string) => design.findingsOf(uri).map(finding => finding.code);

describe('Design (what an edit re-checks)', () => {
  const DANGLING: Files = {
    ...CLEAN,
    'assessment-2.md': '---\ntype: assessment\nid: AS-2\nobjectives: [OBJ-HH-7]\n---\n',
    'assessment-3.md': '---\ntype: assessment\nid: AS-3\nobjectives: [SK-HH-rub]\n---\n',
  };

  it('an edit that keeps every id re-checks the documents of those ids, not the dangling references of their kind', () => {
    const design = loaded(DANGLING);
    const edited = DANGLING['objective.md'].replace('title: Perform a hand rub', 'title: Rub hands');
    assert.deepEqual(recheckedAfter(design, () => design.set(parseDocument('objective.md', edited))), [
      'activities.md', 'assessments.md', 'evaluation.md', 'implementation.md', 'lesson.md', 'monitoring.md', 'objective.md', 'skills.md',
    ]);
  });

  it('a new id re-checks the references that resolve to no item of its kind, and nothing else', () => {
    const design = loaded(DANGLING);
    const added = '---\ntype: objective\nid: OBJ-HH-2\nstatement: List the five moments.\n---\n';
    assert.deepEqual(recheckedAfter(design, () => design.set(parseDocument('objective-2.md', added))),
      ['assessment-2.md', 'assessment-3.md', 'objective-2.md']);
  });

  it('an edit to a document without ids re-checks it alone, unless its step starts or ends', () => {
    const design = loaded(CLEAN);
    const learners = (title: string) => parseDocument('learners-2.md', `---\ntype: learners\ntitle: ${title}\n---\n`);
    assert.deepEqual(recheckedAfter(design, () => design.set(parseDocument('learners.md', `${CLEAN['learners.md']}More notes.\n`))), ['learners.md']);
    assert.deepEqual(recheckedAfter(design, () => design.set(learners('Night nurses'))), ['learners-2.md']);
    assert.deepEqual(recheckedAfter(design, () => design.set(learners('Night shift nurses'))), ['learners-2.md']);
    assert.deepEqual(recheckedAfter(design, () => design.set(parseDocument('learners-2.md', '---\ntype: resources\nexisting: A skills lab\n---\n'))), ['learners-2.md']);
    assert.deepEqual(recheckedAfter(design, () => design.delete('learners-2.md')), []);
    // The first document of a step: every document is re-checked (rules may ask whether a step has begun).
    const everything = Object.keys(CLEAN).filter(uri => uri !== 'learners.md').sort();
    design.delete('learners.md');
    design.flush();
    assert.deepEqual(recheckedAfter(design, () => design.set(learners('Night nurses'))), [...everything, 'learners-2.md'].sort());
  });

  it('re-checks a draft lesson when implementation starts and when it stops', () => {
    const design = loaded({ 'lesson.md': '---\ntype: lesson\nid: LES-1\ntitle: Hand hygiene\nstatus: draft\n---\n' });
    assert.ok(!codesIn(design, 'lesson.md').includes('lesson-not-pretested'));
    design.set(parseDocument('implementation.md', '---\ntype: implementation\ntitle: Prepare the venue\n---\n'));
    design.flush();
    assert.ok(codesIn(design, 'lesson.md').includes('lesson-not-pretested'));
    design.delete('implementation.md');
    design.flush();
    assert.ok(!codesIn(design, 'lesson.md').includes('lesson-not-pretested'));
  });

  it('re-checks an objective when an activity of its lesson changes method', () => {
    const files = {
      ...CLEAN,
      'activities.md': CLEAN['activities.md'].replace('demonstration and return demonstration', 'lecture'),
      'lesson.md': CLEAN['lesson.md'].replace('activities: [ACT-HH-1]', 'activities: [ACT-HH-1, ACT-HH-2]'),
      'activity-2.md': '---\ntype: activity\nid: ACT-HH-2\ntitle: Rub drill\nmethod: drill\n---\n',
    };
    const design = loaded(files);
    assert.ok(!codesIn(design, 'objective.md').includes('activity-without-practice'));
    design.set(parseDocument('activity-2.md', files['activity-2.md'].replace('method: drill', 'method: slides')));
    design.flush();
    assert.ok(codesIn(design, 'objective.md').includes('activity-without-practice'));
  });
});

describe('Design (state)', () => {
  const NEAR_MISS = '---\ntype: Tasks\nid: T-9\n---\n';

  it('counts every change in its version, and nothing else', () => {
    const design = new Design();
    let version = design.version;
    const changes = (change: () => void) => {
      change();
      const changed = design.version > version;
      version = design.version;
      return changed;
    };
    assert.ok(changes(() => design.set(parseDocument('a.md', CLEAN['objective.md']))));
    assert.ok(changes(() => design.setConfig(configOf({}))));
    assert.ok(changes(() => design.setDeclared(true)));
    assert.ok(!changes(() => design.setDeclared(true)));
    assert.ok(changes(() => design.setDeclared(false)));
    assert.ok(changes(() => design.delete('a.md')));
    assert.ok(!changes(() => design.delete('a.md')));
    assert.ok(!changes(() => design.flush()));
  });

  it('checks a near miss once the folder is a design, declared or by a document, even a broken one', () => {
    const design = loaded({ 'near.md': NEAR_MISS });
    assert.equal(design.isChecked('near.md'), false);
    design.setDeclared(true);
    design.flush();
    assert.deepEqual(codesIn(design, 'near.md'), ['unknown-type']);
    design.setDeclared(false);
    design.flush();
    assert.equal(design.isChecked('near.md'), false);
    // A never-closed front matter with a kind: a design document, though no kind of step is known.
    design.set(parseDocument('broken.md', '---\ntype: task\nid: T-1\n'));
    design.flush();
    assert.deepEqual(codesIn(design, 'near.md'), ['unknown-type']);
    design.delete('broken.md');
    design.flush();
    assert.equal(design.isChecked('near.md'), false);
  });

  it('re-checks near misses only when the folder starts or stops being a design', () => {
    const design = loaded({ ...CLEAN, 'near.md': NEAR_MISS });
    assert.deepEqual(recheckedAfter(design, () => design.setDeclared(true)), []);
    assert.deepEqual(recheckedAfter(design, () => design.set(parseDocument('learners.md', `${CLEAN['learners.md']}Notes.\n`))), ['learners.md']);
  });

  it('keeps an id unread while any broken document still seems to define it', () => {
    const broken = '---\ntype: task\nid: T-1\n';
    const design = loaded({ 'a.md': broken, 'b.md': broken });
    assert.equal(design.isUnread('T-1'), true);
    design.delete('a.md');
    assert.equal(design.isUnread('T-1'), true);
    design.delete('b.md');
    assert.equal(design.isUnread('T-1'), false);
    design.set(parseDocument('c.md', broken));
    assert.equal(design.isUnread('T-1'), true);
  });

  it('knows which steps have documents as they come and go', () => {
    const design = new Design();
    assert.deepEqual([...design.idsOfKind('lesson')], []);
    assert.equal(design.hasDocumentOf('lesson'), false);
    design.set(parseDocument('a.md', CLEAN['lesson.md']));
    design.set(parseDocument('b.md', CLEAN['lesson.md']));
    design.delete('a.md');
    assert.equal(design.hasDocumentOf('lesson'), true);
    design.delete('b.md');
    assert.equal(design.hasDocumentOf('lesson'), false);
  });

  it('lists a document\'s findings in the order of their place in it', () => {
    const design = loaded({ 'task.md': '---\ntype: task\nskills: [SK-NOPE]\nid: 9-wash\n---\n' });
    assert.deepEqual(codesIn(design, 'task.md'), ['unknown-reference', 'invalid-id']);
    const at = (line: number, character: number, code = 'x') =>
      ({ code, severity: 'error' as const, message: 'm', range: { start: { line, character }, end: { line, character } } });
    const sorted = [at(3, 1), at(1, 9), at(1, 2, 'b'), at(1, 2, 'a'), at(0, 5)].sort(compareFindings);
    assert.deepEqual(sorted.map(finding => `${finding.range.start.line}:${finding.range.start.character}${finding.code}`),
      ['0:5x', '1:2a', '1:2b', '1:9x', '3:1x']);
  });

  it('checkTexts returns the findings of design documents only', () => {
    const results = checkTexts([{ path: 'README.md', text: '# Notes\n' }, { path: 'skills.md', text: CLEAN['skills.md'] }]);
    assert.deepEqual([...results.keys()], ['skills.md']);
  });
});
