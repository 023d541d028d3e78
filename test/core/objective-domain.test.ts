import assert from 'node:assert/strict';
import { describeDomainSource, objectiveDomain, parseDocument } from '../../server/src/core';

function domainOf(statement: string, level?: string) {
  const text = `---\ntype: objective\nid: OBJ-1\nstatement: ${JSON.stringify(statement)}\n${level ? `level: ${JSON.stringify(level)}\n` : ''}---\n`;
  const [objective] = parseDocument('objective.md', text).items;
  return objectiveDomain(objective);
}

describe('objective domain', () => {
  it('takes a performed skill from a psychomotor verb', () => {
    assert.deepEqual(domainOf('Given soap and water, the nurse will wash hands in 40 seconds.'),
      { domain: 'psychomotor', source: { type: 'verb', verb: 'wash' } });
    assert.equal(domainOf('The nurse will put on a gown and gloves in order.')?.domain, 'psychomotor');
  });

  it('takes a cognitive level from a cognitive verb, and from a verb that may be either', () => {
    assert.deepEqual(domainOf('The nurse will list the five moments.'),
      { domain: 'cognitive', level: 'remember', source: { type: 'verb', verb: 'list' } });
    // "examine" is both an analysis and a physical examination: it is not taken for a performed skill.
    assert.equal(domainOf('The nurse will examine the chart for errors.')?.domain, 'cognitive');
    assert.notEqual(domainOf('The nurse will give an intramuscular injection.')?.domain, 'psychomotor');
    assert.equal(domainOf('The nurse will give an intramuscular injection.', 'psychomotor')?.domain, 'psychomotor');
  });

  it('lets an explicit level win over the verb, old Bloom names included', () => {
    assert.deepEqual(domainOf('The nurse will wash hands.', 'comprehension'),
      { domain: 'cognitive', level: 'understand', source: { type: 'level', text: 'comprehension' } });
    assert.equal(domainOf('The nurse will list the moments.', 'psychomotor')?.domain, 'psychomotor');
    assert.equal(domainOf('The nurse will perform hand hygiene at every moment.', 'attitude (valuing)')?.domain, 'affective');
  });

  it('falls back to the verb when the level names no domain, and knows nothing without a behaviour', () => {
    assert.equal(domainOf('The nurse will wash hands.', 'core')?.domain, 'psychomotor');
    assert.equal(domainOf('The nurse will understand asepsis.'), undefined);
  });

  it('takes an attitude from an affective verb', () => {
    assert.deepEqual(domainOf('The nurse will comply with the hand hygiene policy.'),
      { domain: 'affective', source: { type: 'verb', verb: 'comply' } });
  });

  it('reads a level written with spaces around it, and says where the domain comes from', () => {
    const fromLevel = domainOf('The nurse will list the moments.', '  psychomotor  ');
    assert.deepEqual(fromLevel, { domain: 'psychomotor', source: { type: 'level', text: 'psychomotor' } });
    assert.equal(describeDomainSource(fromLevel!), 'its level is "psychomotor"');
    assert.equal(describeDomainSource(domainOf('The nurse will wash hands.')!), 'its verb "wash" names a performed skill');
    assert.equal(describeDomainSource(domainOf('The nurse will comply with the policy.')!), 'its verb "comply" names an attitude');
    assert.equal(describeDomainSource(domainOf('The nurse will list the moments.')!), 'its verb "list" names a cognitive behaviour');
  });
});
