// The condition and the criterion of a statement: what the reader takes for each, and the exact text marked.
import assert from 'node:assert/strict';
import { readCondition, readCriterion } from '../../server/src/core/objective-standards';

describe('the condition and criterion of a statement', () => {
  it('does not take a lead-in about finishing the course for a condition', () => {
    for (const statement of [
      'When you have completed the reading, describe the cold chain.',
      'When you have finished the reading, describe the cold chain.',
      'Once completed, list the steps.',
      '  When you have completed this module, list the five moments.',
    ]) assert.equal(readCondition(statement), undefined, statement);
  });

  it('takes a leading clause that only mentions completion later on for a condition', () => {
    assert.deepEqual(readCondition('Given the chart in the completed form, record the vital signs.'),
      { span: { start: 0, end: 37 }, text: 'Given the chart in the completed form' });
  });

  it('marks the condition without the spaces before it or the comma after it', () => {
    assert.deepEqual(readCondition('  Given a chart, record the vital signs.'), { span: { start: 2, end: 15 }, text: 'Given a chart' });
    assert.deepEqual(readCondition('Given soap, water and a sink, wash hands.'), { span: { start: 0, end: 28 }, text: 'Given soap, water and a sink' });
  });

  it('marks a part label without the end of the sentence before it', () => {
    assert.deepEqual(readCriterion('List the steps.  Criterion: all steps in order.'), { span: { start: 17, end: 26 }, text: 'Criterion' });
    assert.deepEqual(readCriterion('List the steps; standards: all steps.'), { span: { start: 16, end: 25 }, text: 'standards' });
    assert.deepEqual(readCondition('Approach the scene. You see a casualty who is bleeding.'), { span: { start: 20, end: 27 }, text: 'You see' });
  });

  it('marks the criterion', () => {
    assert.deepEqual(readCriterion('Record the vital signs within 5 minutes.'), { span: { start: 23, end: 39 }, text: 'within 5 minutes' });
    assert.equal(readCriterion('Name the four stages of labour.'), undefined);
  });
});
