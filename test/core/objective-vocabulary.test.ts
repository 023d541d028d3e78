// The verb lists an objective is judged with, and how configuration extends them.
import assert from 'node:assert/strict';
import { analyzeStatement, ObjectiveVocabulary } from '../../server/src/core';
import { normalizeSpelling } from '../../server/src/core/objective-vocabulary';

describe('the objective vocabulary', () => {
  it('gives the Bloom levels and the domain of a built-in verb', () => {
    const vocabulary = new ObjectiveVocabulary();
    assert.deepEqual(vocabulary.bloomOf('identify'), ['remember', 'understand']);
    assert.deepEqual(vocabulary.bloomOf('weigh'), ['apply', 'evaluate', 'perform']);
    assert.equal(vocabulary.domainOf('wash'), 'psychomotor');
    assert.equal(vocabulary.domainOf('weigh'), 'psychomotor');
    assert.equal(vocabulary.domainOf('list'), 'cognitive');
    // Attitudes, whether or not the verb also has a Bloom level.
    assert.equal(vocabulary.domainOf('commit'), 'affective');
    assert.equal(vocabulary.domainOf('listen'), 'affective');
    assert.equal(vocabulary.bloomOf('glorp'), undefined);
    assert.equal(vocabulary.domainOf('glorp'), undefined);
    assert.equal(vocabulary.isKnownVerb('glorp'), false);
  });

  it('knows no configured phrase without configuration', () => {
    const vocabulary = new ObjectiveVocabulary();
    assert.deepEqual(vocabulary.configuredVague, []);
    assert.equal(vocabulary.isConfiguredObservable('list'), false);
  });

  it('adds configured observable verbs, normalised, without levels of their own', () => {
    const vocabulary = new ObjectiveVocabulary({ measurable: ['  Hand   Over ', 'list'] });
    assert.equal(vocabulary.isKnownVerb('hand over'), true);
    assert.equal(vocabulary.isConfiguredObservable('hand over'), true);
    assert.equal(vocabulary.bloomOf('hand over'), undefined);
    assert.equal(vocabulary.domainOf('hand over'), undefined);
    // A built-in verb named again keeps its levels.
    assert.equal(vocabulary.isConfiguredObservable('list'), true);
    assert.deepEqual(vocabulary.bloomOf('list'), ['remember']);
    assert.equal(vocabulary.domainOf('list'), 'cognitive');
  });

  it('keeps configured vague phrases as trimmed words, longest first, blank ones dropped', () => {
    const vocabulary = new ObjectiveVocabulary({ nonMeasurable: ['cover', '  Get  to KNOW ', '   ', 'be exposed'] });
    assert.deepEqual(vocabulary.configuredVague, [
      { phrase: 'Get  to KNOW', words: ['get', 'to', 'know'] },
      { phrase: 'be exposed', words: ['be', 'exposed'] },
      { phrase: 'cover', words: ['cover'] },
    ]);
    // Longest first: a configured phrase inside a longer one found first is not reported again.
    const configured = new ObjectiveVocabulary({ nonMeasurable: ['cover', 'cover in depth'] });
    assert.deepEqual(analyzeStatement('Cover in depth the steps of the cold chain.', configured).vague.map(vague => vague.phrase), ['Cover in depth']);
  });

  it('maps British spellings to the American base form', () => {
    assert.equal(normalizeSpelling('practise'), 'practice');
    assert.equal(normalizeSpelling('licence'), 'license');
    assert.equal(normalizeSpelling('analyse'), 'analyze');
    assert.equal(normalizeSpelling('paralyse'), 'paralyze');
    assert.equal(normalizeSpelling('recognise'), 'recognize');
    assert.equal(normalizeSpelling('exercise'), 'exercise');
    assert.equal(normalizeSpelling('list'), 'list');
  });
});
