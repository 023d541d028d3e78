import assert from 'node:assert/strict';
import { Vocabulary } from '../../server/src/core';

describe('task vocabulary (frequency and criticality)', () => {
  it('reads the documented words as whole words in any case, not after a negation', () => {
    const vocabulary = new Vocabulary();
    assert.ok(vocabulary.isInfrequent('Rare (twice a year)'));
    assert.ok(vocabulary.isCritical('HIGH'));
    assert.ok(!vocabulary.isInfrequent('rarefied air'));
    assert.ok(!vocabulary.isCritical('not critical'));
    assert.ok(!vocabulary.isInfrequent('daily'));
  });

  it('adds configured phrases, trimmed, with any run of spaces between their words', () => {
    const vocabulary = new Vocabulary({ infrequent: ['  at each outbreak ', 'when  the  audit comes'], critical: ['sentinel'] });
    assert.ok(vocabulary.isInfrequent('at each outbreak'));
    assert.ok(vocabulary.isInfrequent('only when the audit comes'));
    assert.ok(vocabulary.isInfrequent('when\tthe audit\n comes'));
    assert.ok(vocabulary.isCritical('a sentinel event'));
    assert.ok(!new Vocabulary().isCritical('a sentinel event'));
  });

  it('takes a configured phrase literally, its punctuation included', () => {
    const vocabulary = new Vocabulary({ infrequent: ['1x p.a.', 'on (re)certification'] });
    assert.ok(vocabulary.isInfrequent('1x p.a. in the skills lab'));
    assert.ok(vocabulary.isInfrequent('on (re)certification'));
    assert.ok(!vocabulary.isInfrequent('1x pXaX'));
    assert.ok(!vocabulary.isInfrequent('on recertification'));
  });

  it('ignores blank configured phrases instead of matching everything', () => {
    const vocabulary = new Vocabulary({ infrequent: ['', '   '], critical: [' '] });
    assert.ok(!vocabulary.isInfrequent('daily, on every shift'));
    assert.ok(!vocabulary.isCritical('low (a delay harms no one)'));
    assert.ok(vocabulary.isInfrequent('yearly'));
  });

  it('reads the longest phrase first, so a negation covers all of it', () => {
    const vocabulary = new Vocabulary({ critical: ['risk', 'high risk'] });
    assert.ok(!vocabulary.isCritical('not high risk'));
    assert.ok(vocabulary.isCritical('high risk'));
    assert.ok(vocabulary.isCritical('a risk'));
  });
});
