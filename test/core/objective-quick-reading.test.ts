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

  it('declines the British -ise forms of the special words as it does their -ize forms', () => {
    for (const verb of ['realise', 'realises', 'realised', 'realising', 'internalised', 'familiarises']) {
      assert.equal(readQuickly(`The nurse will list the steps and ${verb} their value.`, vocabulary), undefined, verb);
    }
    // A word merely ending like them is no special word: the statement is still read quickly.
    assert.ok(readQuickly('The nurse will list the steps and advise the mother.', vocabulary));
    assert.ok(readQuickly('The nurse will list the steps and analyse the chart.', vocabulary));
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

/** The quick reading's behaviours (lemmas) and vague phrases, or undefined when it leaves the statement to the tagger. */
function quickly(statement: string, words = vocabulary) {
  const quick = readQuickly(statement, words);
  return quick && { behaviours: quick.behaviours.map(behaviour => behaviour.lemma), vague: quick.vague.map(vague => vague.phrase) };
}

describe('the quick reading, shape by shape', () => {
  // Each statement is read quickly, and the full reading gives the same behaviours and vague phrases.
  const READ: [string, string[], string[]][] = [
    // Coordinated behaviours: after "and", ", ", ", and", "and to", "and," or an adverb; a noun phrase or a
    // number after "and" is not a new behaviour.
    ['Weigh the baby, record the weight and plot it on the chart.', ['weigh', 'record', 'plot'], []],
    ['Weigh the baby, and record the weight.', ['weigh', 'record'], []],
    ['Weigh the baby and, record the weight.', ['weigh', 'record'], []],
    ['Weigh the baby and to record the weight.', ['weigh', 'record'], []],
    ['Wash and carefully dry the hands.', ['wash', 'dry'], []],
    ['List the signs and the symptoms of malaria.', ['list'], []],
    ['Weigh the baby and 2 times a day record it.', ['weigh'], []],
    // A subordinate clause ("who", "that", "to <verb>") holds no behaviour of the learner until ", and <verb>".
    ['Identify the patients who arrive with fever or rash.', ['identify'], []],
    ['List the signs that show dehydration, pallor and fever.', ['list'], []],
    ['List the signs that appear and then refer the child.', ['list'], []],
    ['List the signs that show dehydration, and refer the child to a clinic.', ['list', 'refer'], []],
    ['Use the tape to measure length and weight.', ['use'], []],
    ['List the signs that show dehydration,', ['list'], []],
    // The learner and an adverb before the verb; a subject of up to five words.
    ['The nurse will carefully weigh the baby.', ['weigh'], []],
    ['The senior community health worker will list the danger signs.', ['list'], []],
    ['Put on the gown in the order of the national guideline.', ['put on'], []],
    // A vague head: an internal state with its preposition, "be" with a state adjective and its preposition.
    ['Given soap, water and a sink, the nurse will know the steps.', ['know'], ['know']],
    ['Given a case, the nurse will learn about the cold chain and list its steps.', ['learn', 'list'], ['learn about']],
    ['The nurse will appreciate its role in care.', ['appreciate'], ['appreciate']],
    ['The midwife will know', ['know'], ['know']],
    ['The nurse will appreciate the', ['appreciate'], ['appreciate']],
    ['The nurse will be aware of the danger signs.', ['be'], ['be aware of']],
    ['The nurse will be sensitive to the needs of the mother.', ['be'], ['be sensitive to']],
    ['The nurse will be confident in the steps of CPR.', ['be'], ['be confident in']],
    ['The nurse will be knowledgeable about the cold chain.', ['be'], ['be knowledgeable about']],
    ['The nurse will be knowledgeable on the cold chain.', ['be'], ['be knowledgeable on']],
  ];

  it('reads plain statements as the full reading does', () => {
    for (const [statement, behaviours, vague] of READ) {
      assert.deepEqual(quickly(statement), { behaviours, vague }, statement);
      const full = analyzeWithTagger(statement, vocabulary);
      assert.deepEqual({ behaviours: full.behaviours.map(behaviour => behaviour.lemma), vague: full.vague.map(phrase => phrase.phrase) },
        { behaviours, vague }, `full reading of ${statement}`);
    }
  });

  it('gives the verb as written and the spans of behaviours and vague phrases', () => {
    const putOn = 'Given the gown, the nurse will Put On the gloves.';
    const [behaviour] = readQuickly(putOn, vocabulary)!.behaviours;
    assert.deepEqual(behaviour, { verb: 'Put On', lemma: 'put on', span: { start: 31, end: 37 }, observable: true });
    assert.equal(putOn.slice(behaviour.span.start, behaviour.span.end), 'Put On');

    const learn = 'Given a case, the nurse will learn about the cold chain.';
    const [vague] = readQuickly(learn, vocabulary)!.vague;
    assert.deepEqual(vague, { phrase: 'learn about', span: { start: 29, end: 40 }, reason: 'internal-state', suggestions: ['perform', 'demonstrate', 'apply'] });
    const [state] = readQuickly('Be familiar with the ward routine.', vocabulary)!.vague;
    assert.deepEqual(state, { phrase: 'Be familiar with', span: { start: 0, end: 16 }, reason: 'state', suggestions: ['describe', 'identify', 'use'] });
  });

  it('leaves to the tagger a special word outside the vague phrase, an unchecked subject or an unfinished "be"', () => {
    for (const statement of [
      // "the role of" makes the phrase "appreciate the role of" in the full reading.
      'The nurse will appreciate the role of the family.',
      'The nurse will know the hazards of the unit.',
      'Given the module, the nurse will know the steps.',
      'The senior community health extension worker will list the danger signs.',
      'The health-care worker will list the danger signs.',
      'The nurse will be',
      'The nurse will be aware',
    ]) assert.equal(readQuickly(statement, vocabulary), undefined, statement);
  });
});
