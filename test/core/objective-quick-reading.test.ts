// The quick reading must agree with the full one wherever it answers: checked on every labelled real
// statement, the sample workspace's and the hand-made cases.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStatement, ObjectiveVocabulary } from '../../server/src/core';
import { analyzeWithTagger } from '../../server/src/core/objective-analysis';
import { readQuickly } from '../../server/src/core/objective-quick-reading';
import { fullStatement, loadStatements } from '../../scripts/eval-objectives/evaluate';

const vocabulary = new ObjectiveVocabulary();
const PLAIN = [
  'Given soap, water and a sink, the nurse will perform the six-step hand wash in at least 40 seconds.',
  'Given a simulated patient, the healthcare assistant will identify the hand hygiene preparation steps for 9 of 10 cases.',
  'Using the printed job aid, the student nurse will calculate the catheter care documentation steps without errors.',
  'List three danger signs of pre-eclampsia.',
  'Weigh a newborn and plot the weight on the growth chart.',
  'Put on the gown in the order of the national guideline.',
  'Given the ward checklist and a supervisor, the midwife will know the medication administration escalation steps within 5 minutes.',
  'Using the electronic record, the midwife will be familiar with the special situations steps without errors.',
  'Given a case, the nurse will learn about the cold chain and list its steps.',
  'Given a simulated patient, the nurse will appreciate the oxygen therapy documentation steps.',
];

/** The `statement:` lines of the sample workspace's design documents. */
function sampleStatements(): string[] {
  const root = join(__dirname, '..', '..', 'sample-workspace');
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.md'))
    .flatMap(file => [...readFileSync(join(root, file), 'utf8').matchAll(/^\s*(?:- )?statement: "?(.+?)"?$/gm)].map(match => match[1]));
}

describe('the quick reading of plain statements', () => {
  it('answers for plain statements', () => {
    for (const statement of PLAIN) assert.ok(readQuickly(statement, vocabulary), statement);
  });

  it('declines whatever the full reading treats specially', () => {
    for (const statement of ['Nurses will understand the five moments.', 'Be aware of the danger signs in pregnancy: list them.', 'To inform nurses about the guidelines.',
      'This lesson introduces OpenRefine.', 'Learning Objectives: Describe the cold chain.', 'Demonstrate knowledge of the cold chain.',
      'The CHW identifies danger signs.', 'Recognise the signs of sepsis.', 'Hand hygiene.']) {
      assert.equal(readQuickly(statement, vocabulary), undefined, statement);
    }
    assert.equal(readQuickly('List the steps.', new ObjectiveVocabulary({ nonMeasurable: ['witness'] })), undefined);
  });

  it('agrees with the full reading on every statement it answers', () => {
    const statements = [...PLAIN, ...loadStatements().map(fullStatement), ...sampleStatements()];
    let answered = 0;
    for (const statement of statements) {
      if (!readQuickly(statement, vocabulary)) continue;
      answered++;
      const quick = analyzeStatement(statement, vocabulary);
      const full = analyzeWithTagger(statement, vocabulary);
      assert.deepEqual(quick.vague, full.vague, statement);
      assert.deepEqual(quick.behaviours.map(behaviour => behaviour.lemma), full.behaviours.map(behaviour => behaviour.lemma), statement);
      assert.deepEqual([quick.condition, quick.criterion], [full.condition, full.criterion], statement);
    }
    assert.ok(answered >= 50, `${answered} statements read quickly`);
  });
});
