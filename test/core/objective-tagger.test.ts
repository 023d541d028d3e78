// The tagger's words, verb readings and base forms, as the objective reader uses them.
import assert from 'node:assert/strict';
import { baseOfVerb, hasVerbReading, readsAsVerb, tagStatement, verbReading } from '../../server/src/core/objective-tagger';

describe('the objective tagger', () => {
  it('gives each word its offsets, lower case and lemma, and punctuation tokens of their own', () => {
    const text = "Load the nurse's data, then LIST steps.";
    const tokens = tagStatement(text);
    assert.deepEqual(tokens.map(token => [token.text, token.lower, token.lemma]), [
      ['Load', 'load', 'load'], ['the', 'the', 'the'], ["nurse's", 'nurse', 'nurse'], ['data', 'data', 'data'], [',', ',', ','],
      ['then', 'then', 'then'], ['LIST', 'list', 'list'], ['steps', 'steps', 'step'], ['.', '.', '.'],
    ]);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
    // A word in another script keeps its own lower case.
    assert.equal(tagStatement('List the ΑΒΓ steps.')[2].lower, 'αβγ');
  });

  it('sees a verb reading in a verb or a noun/verb word, not in other ambiguous words', () => {
    const reading = (text: string, word: string) => verbReading(tagStatement(text).find(token => token.text === word)!);
    assert.equal(reading('Load the data.', 'Load'), true);
    assert.equal(reading('Describe the situation.', 'Describe'), true);
    assert.equal(reading('List the steps.', 'steps'), true);
    // "present" here is Adj|Present, "cups" Unit|Noun: ambiguous, but never a verb.
    assert.equal(reading('Describe the present situation in two cups.', 'present'), false);
    assert.equal(reading('Describe the present situation in two cups.', 'cups'), false);
    assert.equal(reading('Describe the situation.', 'situation'), false);
  });

  it('reads a word where a verb is due: its base form, or undefined', () => {
    assert.equal(readsAsVerb('Summon'), 'summon');
    assert.equal(readsAsVerb('Communicating'), 'communicate');
    assert.equal(readsAsVerb('Load'), 'load');
    assert.equal(readsAsVerb('the'), undefined);
    assert.equal(readsAsVerb('happy'), undefined);
    // Words the tagger does not know: a verb unless the ending marks a plural, an adjective or a noun.
    assert.equal(readsAsVerb('glorb'), 'glorb');
    assert.equal(readsAsVerb('glass'), 'glass');
    assert.equal(readsAsVerb('blorsk'), 'blorsk');
    assert.equal(readsAsVerb('glorbs'), undefined);
    assert.equal(readsAsVerb('glorbative'), undefined);
  });

  it('knows whether the lexicon has a verb reading of a base form', () => {
    assert.equal(hasVerbReading('Summon'), true);
    assert.equal(hasVerbReading('LOAD'), true);
    assert.equal(hasVerbReading('the'), false);
    assert.equal(hasVerbReading('cup'), false);
    assert.equal(hasVerbReading('glorb'), false);
  });

  it('gives the base form of a verb form by its ending', () => {
    assert.equal(baseOfVerb('Demonstrates'), 'demonstrate');
    assert.equal(baseOfVerb('Lists'), 'list');
    assert.equal(baseOfVerb('Identified'), 'identify');
    assert.equal(baseOfVerb('WASHED'), 'wash');
    assert.equal(baseOfVerb('Running'), 'run');
    assert.equal(baseOfVerb('Is'), 'be');
  });
});
