import assert from 'node:assert/strict';
import { ObjectiveVocabulary, analyzeStatement } from '../../server/src/core';

function lemmas(statement: string): string[] {
  return analyzeStatement(statement).behaviours.map(behaviour => behaviour.lemma);
}

function vaguePhrases(statement: string): string[] {
  return analyzeStatement(statement).vague.map(vague => vague.phrase);
}

describe('analyzeStatement', () => {
  it('finds every coordinated behaviour, past adverbs and lead-ins', () => {
    assert.deepEqual(lemmas('Load and plot the survey data in a notebook.'), ['load', 'plot']);
    assert.deepEqual(lemmas('Critically appraise a randomised controlled trial.'), ['appraise']);
    assert.deepEqual(lemmas('Midwives are trained to explain the partograph.'), ['explain']);
    assert.deepEqual(lemmas('On completing this module, you will be able to merge two branches.'), ['merge']);
    assert.deepEqual(lemmas('The CHW correctly identifies danger signs in a sick child.'), ['identify']);
  });

  it('maps British spellings to the American base form', () => {
    assert.deepEqual(lemmas('Recognise, organise and summarise the findings.'), ['recognize', 'organize', 'summarize']);
    assert.deepEqual(lemmas('Analyse the results.'), ['analyze']);
  });

  it('gives the span, Bloom levels and domain of a behaviour', () => {
    const statement = 'Given a manikin, the nurse will put on gloves and inject 0.5 ml.';
    const [putOn, inject] = analyzeStatement(statement).behaviours;
    assert.equal(statement.slice(putOn.span.start, putOn.span.end), 'put on');
    assert.equal(putOn.lemma, 'put on');
    assert.deepEqual(putOn.bloom, ['perform']);
    assert.equal(putOn.domain, 'psychomotor');
    assert.equal(inject.domain, 'psychomotor');
    assert.equal(analyzeStatement('Explain the cold chain.').behaviours[0].domain, 'cognitive');
  });

  it('reports the vague phrase among observable verbs, on that phrase', () => {
    assert.deepEqual(vaguePhrases('Access and summarize the data, and understand the results.'), ['understand']);
    assert.deepEqual(vaguePhrases('Demonstrate an understanding of research ethics.'), ['Demonstrate an understanding of']);
    assert.deepEqual(vaguePhrases('The nurse will be aware of the danger signs.'), ['be aware of']);
    assert.deepEqual(vaguePhrases('Recognize the importance of the cold chain.'), ['Recognize the importance of']);
  });

  it('reports trainer-centred statements and statements without behaviour', () => {
    assert.equal(analyzeStatement('To provide participants with knowledge of malaria.').vague[0].reason, 'trainer-centred');
    assert.equal(analyzeStatement('This lesson introduces people to OpenRefine.').vague[0].reason, 'trainer-centred');
    assert.equal(analyzeStatement('Knowledge of the immunization schedule.').vague[0].reason, 'capacity');
  });

  it('accepts observable verbs that no list names', () => {
    for (const statement of ['Merge two branches.', 'Debug a failing unit test.', 'Negotiate a discharge plan with the family.']) {
      assert.deepEqual(analyzeStatement(statement).vague, [], statement);
      assert.equal(analyzeStatement(statement).behaviours.length, 1, statement);
    }
  });

  it('lets configuration declare verbs observable or not', () => {
    const vocabulary = new ObjectiveVocabulary({ measurable: ['grok'], nonMeasurable: ['cover'] });
    assert.deepEqual(analyzeStatement('Cover the basics of hygiene.', vocabulary).vague.map(vague => vague.phrase), ['Cover']);
  });
});
