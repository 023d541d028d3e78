// The full reading of objective statements (the tagger's), statement by statement: which behaviours it finds,
// which phrases it reports as not observable and why. Each reading uses a vocabulary of its own, so no
// analysis cached by another test stands in for the code under test.
import assert from 'node:assert/strict';
import { ObjectiveVocabulary, analyzeStatement } from '../../server/src/core';
import { analyzeWithTagger } from '../../server/src/core/objective-analysis';

/** A statement, its behaviours (lemma; "?" marks one that is not observable) and its vague phrases (phrase, reason). */
type Reading = [statement: string, behaviours: string[], vague: string[]];

function readingOf(statement: string, vocabulary = new ObjectiveVocabulary()): [behaviours: string[], vague: string[]] {
  const analysis = analyzeWithTagger(statement, vocabulary);
  for (const vague of analysis.vague) assert.ok(vague.suggestions.length > 0, `no suggestion for "${vague.phrase}"`);
  return [
    analysis.behaviours.map(behaviour => `${behaviour.lemma}${behaviour.observable ? '' : '?'}`),
    analysis.vague.map(vague => `${vague.phrase} (${vague.reason})`),
  ];
}

const READINGS: Reading[] = [];

describe('the full reading of objective statements', () => {
  describe('statement by statement', () => {
    for (const [statement, behaviours, vague] of READINGS) {
      it(statement, () => assert.deepEqual(readingOf(statement), [behaviours, vague]));
    }
  });

  it('reports vague phrases in the order they stand, configured ones among the others', () => {
    const vocabulary = new ObjectiveVocabulary({ nonMeasurable: ['witness'] });
    assert.deepEqual(readingOf('The nurse will witness the handover and understand the risks.', vocabulary),
      [['witness', 'understand?'], ['witness (configured)', 'understand (internal-state)']]);
  });

  it('blames a statement without behaviour on its text without the surrounding blanks', () => {
    const [vague] = analyzeWithTagger('  Hand hygiene.  ', new ObjectiveVocabulary()).vague;
    assert.deepEqual([vague.phrase, vague.span, vague.reason], ['Hand hygiene.', { start: 2, end: 15 }, 'no-behaviour']);
  });

  it('reads a pasted page only as far as its first 1,000 characters', () => {
    const statement = `Describe the steps of ${'the procedure, '.repeat(70)}and understand the risks.`;
    assert.ok(statement.indexOf('understand') > 1_000);
    assert.deepEqual(readingOf(statement), [['describe'], []]);
    assert.deepEqual(readingOf('Describe the steps of the procedure, and understand the risks.'), [['describe', 'understand?'], ['understand (internal-state)']]);
  });

  it('does not blame a statement in parts, or about the assessment, for a missing behaviour', () => {
    assert.deepEqual(readingOf('There must be evidence that the learner can wash hands.'), [[], []]);
    assert.deepEqual(readingOf('Conditions: a manikin. Standards: within 2 minutes.'), [[], []]);
    assert.deepEqual(readingOf('Given: a manikin. Perform CPR.'), [['perform'], []]);
  });

  it('takes a part label for one only before a colon or in a run of capitalised words', () => {
    assert.deepEqual(readingOf('Note: wash hands first.'), [[], []]);
    assert.deepEqual(readingOf('Standards Score 70 percent on the quiz.'), [[], []]);
    assert.deepEqual(readingOf('Note the time of the last dose.'), [['note'], []]);
    assert.deepEqual(readingOf('Given A Manikin, perform CPR.'), [['perform'], []]);
  });

  it('does not report a configured phrase again inside a phrase already reported', () => {
    assert.deepEqual(readingOf('Be aware of the risks.', new ObjectiveVocabulary({ nonMeasurable: ['be aware'] })), [['be?'], ['Be aware of (state)']]);
  });

  describe('analyses kept per vocabulary', () => {
    it('gives the same analysis again for the same text', () => {
      const vocabulary = new ObjectiveVocabulary();
      const first = analyzeStatement('Describe the cold chain.', vocabulary);
      assert.equal(analyzeStatement('Describe the cold chain.', vocabulary), first);
      assert.notEqual(analyzeStatement('Describe the cold chain.', new ObjectiveVocabulary()), first);
    });

    it('keeps the last 4,000 texts and forgets the oldest', () => {
      const vocabulary = new ObjectiveVocabulary();
      const first = analyzeStatement('Describe item 0.', vocabulary);
      const second = analyzeStatement('Describe item 1.', vocabulary);
      for (let item = 2; item < 4_000; item++) analyzeStatement(`Describe item ${item}.`, vocabulary);
      assert.equal(analyzeStatement('Describe item 0.', vocabulary), first);
      analyzeStatement('Describe item 4000.', vocabulary);
      assert.equal(analyzeStatement('Describe item 1.', vocabulary), second);
      assert.notEqual(analyzeStatement('Describe item 0.', vocabulary), first);
    });
  });
});
