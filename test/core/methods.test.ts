import assert from 'node:assert/strict';
import { MethodClassifier, readConfig, RULE_CODES } from '../../server/src/core';

describe('method classifier', () => {
  const classifier = new MethodClassifier();
  const classes = (text: string) => classifier.classify(text).classes;

  it('classifies the documented vocabulary in any inflection', () => {
    assert.deepEqual(classes('Direct observation with the WHO checklist'), ['observes-performance']);
    assert.deepEqual(classes('Observed injection on a manikin'), ['observes-performance']);
    assert.deepEqual(classes('OSCE, two stations'), ['observes-performance']);
    assert.deepEqual(classes('20 multiple-choice questions'), ['tests-knowledge']);
    assert.deepEqual(classes('MCQ quiz at the end'), ['tests-knowledge']);
    assert.deepEqual(classes('Two oral questions'), ['tests-knowledge']);
    assert.deepEqual(classes('Case study written up by each group'), ['product']);
    assert.deepEqual(classes('Each nurse practises in pairs'), ['practice']);
    assert.deepEqual(classes('Role-play of a counselling session'), ['practice']);
    assert.deepEqual(classes('Lecture with slides'), ['presentation']);
  });

  it('gives every class a text matches, a simulation both practice and observed performance', () => {
    assert.deepEqual(classes('Simulation scored with a checklist, then a written test'), ['observes-performance', 'tests-knowledge', 'practice']);
  });

  it('reports where each term matched, once per class and place', () => {
    const { matches } = classifier.classify('Two oral questions');
    assert.deepEqual(matches, [{ methodClass: 'tests-knowledge', term: 'oral questions', span: { start: 4, end: 18 } }]);
  });

  it('leaves a method it does not know unclassified', () => {
    assert.deepEqual(classifier.classify('Case discussion of five patients'), { classes: [], matches: [] });
    assert.deepEqual(classes(''), []);
  });

  it('takes extra terms from configuration', () => {
    const configured = new MethodClassifier(readConfig({ methods: { 'observes-performance': ['mystery patient'] } }, RULE_CODES).config.methods);
    assert.deepEqual(configured.classify('A mystery patient visits the clinic').classes, ['observes-performance']);
    assert.deepEqual(classes('A mystery patient visits the clinic'), []);
  });

  it('explains an invalid "methods" configuration', () => {
    assert.deepEqual(readConfig({ methods: { shadowing: ['x'], practice: 'drill' } }, RULE_CODES).errors, [
      'unknown method class "shadowing" in "methods": use observes-performance, tests-knowledge, product, practice, presentation',
      '"methods.practice" must be a list of strings',
    ]);
    assert.deepEqual(readConfig({ methods: ['drill'] }, RULE_CODES).errors, [
      '"methods" must map method classes (observes-performance, tests-knowledge, product, practice, presentation) to lists of terms',
    ]);
  });

  it('names the longest term that matched, "supervised practice" rather than "practice"', () => {
    assert.deepEqual(classifier.classify('Supervised practice on the ward').matches,
      [{ methodClass: 'practice', term: 'supervised practice', span: { start: 0, end: 19 } }]);
  });

  it('reports two terms of one class at two places of the text', () => {
    const { classes: found, matches } = classifier.classify('A drill, then a role play');
    assert.deepEqual(found, ['practice']);
    assert.deepEqual(matches.map(match => [match.term, match.span.start, match.span.end]).sort(), [['drill', 2, 7], ['role play', 16, 25]]);
  });

  it('ignores a configured term without any word in it', () => {
    const configured = new MethodClassifier({ practice: ['', '---', '(*)'] });
    assert.deepEqual(configured.classify('Lecture (*) with slides'), new MethodClassifier().classify('Lecture (*) with slides'));
    assert.deepEqual(configured.classify(''), { classes: [], matches: [] });
  });
});
