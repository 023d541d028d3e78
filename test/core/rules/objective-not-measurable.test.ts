import assert from 'node:assert/strict';
import { CLEAN, expectReports, expectSilent, findingsWith, md, objectiveFile } from '../helpers';

describe('rule objective-not-measurable', () => {
  it('reports a non-observable verb on the verb itself, names it and suggests measurable verbs', () => {
    const [finding] = expectReports('objective-not-measurable', {
      'objective.md': md`
        ---
        type: objective
        id: OBJ-1
        statement: Nurses will «understand» the five moments for hand hygiene.
        skills: [SK-1]
        ---
      `,
    });
    assert.equal(finding.message, '"understand" cannot be observed or measured: say what the learner will do, for example "explain", "describe" or "summarize".');
    assert.deepEqual(finding.data, { phrase: 'understand', reason: 'internal-state', suggestions: ['explain', 'describe', 'summarize'], replaceable: true });
  });

  it('reports a vague verb among observable ones on that verb only', () => {
    expectReports('objective-not-measurable', objectiveFile('Access and summarize the survey data, and «understand» the results.'));
  });

  it('reports "demonstrate an understanding of" and "recognize that" as phrases', () => {
    const [understanding] = expectReports('objective-not-measurable', objectiveFile('«Demonstrate an understanding of» research ethics.'));
    assert.match(understanding.message, /^"Demonstrate an understanding of" names knowledge or ability, not a behaviour that shows it/);
    expectReports('objective-not-measurable', objectiveFile('«Recognize that» stigma affects care.'));
  });

  it('reports a trainer-centred statement on its lead-in, without a quick fix', () => {
    const [finding] = expectReports('objective-not-measurable', objectiveFile('«To provide» participants with knowledge of malaria.'));
    assert.match(finding.message, /^"To provide" says what the training does, not what the learner will do/);
    assert.equal(finding.data?.replaceable, undefined);
  });

  it('reports a statement with no behaviour on the whole statement', () => {
    const [finding] = expectReports('objective-not-measurable', {
      'objective.md': '---\ntype: objective\nid: OBJ-1\nstatement: «Hand hygiene.»\n---\n',
    });
    assert.match(finding.message, /^The statement names no behaviour the learner will perform: start it with an action verb, for example "demonstrate", "perform"/);
    assert.equal(finding.data?.phrase, undefined);
    assert.ok((finding.data?.suggestions as string[]).length >= 3);
  });

  it('finds the phrase in a quoted statement and in a folded one over its lines', () => {
    expectReports('objective-not-measurable', {
      'objectives.md': md`
        ---
        type: objective
        items:
          - id: OBJ-1
            statement: "«Be aware of» the danger signs in pregnancy."
          - id: OBJ-2
            statement: >-
              Midwives will «appreciate the value of»
              respectful maternity care.
          - id: OBJ-3
            statement: List the danger signs in pregnancy.
        ---
      `,
    });
  });

  it('marks a third-person phrase so that its fix keeps the person', () => {
    const [finding] = expectReports('objective-not-measurable', objectiveFile('The nurse «is familiar with» the partograph.'));
    assert.equal(finding.data?.thirdPerson, true);
  });

  it('does not report observable statements, whatever their verb, nor an objective without one', () => {
    expectSilent('objective-not-measurable', CLEAN);
    expectSilent('objective-not-measurable', { 'objective.md': '---\ntype: objective\nid: OBJ-1\n---\n' });
    for (const statement of ['Merge two branches.', 'Recognise the signs of sepsis.', 'Load and plot the survey data.',
      'Midwives are trained to explain the partograph.', 'On completing this module, you will be able to debug a failing test.',
      'Critically appraise a randomised trial.', 'Safely dispose of used needles.']) {
      expectSilent('objective-not-measurable', objectiveFile(statement));
    }
  });

  it('follows `verbs.measurable` and `verbs.nonMeasurable` from the configuration', () => {
    const configured = { verbs: { measurable: ['Explore'], nonMeasurable: ['witness'] } };
    const judged = (statement: string, settings?: typeof configured) =>
      findingsWith('objective-not-measurable', objectiveFile(statement), settings);
    const explore = 'Given a data set, explore the distribution of ages.';
    assert.equal(judged(explore).length, 1);
    assert.deepEqual(judged(explore, configured), []);
    const witness = 'Given a ward round, the nurse will witness the handover of all patients.';
    assert.deepEqual(judged(witness), []);
    const [configuredWitness] = judged(witness, configured);
    assert.equal(configuredWitness.data?.phrase, 'witness');
    assert.match(configuredWitness.message, /^"witness" cannot be observed or measured: say what the learner will do, for example "demonstrate"/);
  });
});

describe('rule objective-not-measurable: messages and the data its quick fixes read', () => {
  const judged = (statement: string) => expectReports('objective-not-measurable', objectiveFile(statement));

  it('says a copula phrase is a state of mind, and quotes a phrase broken over lines (kept in a literal block) on one line', () => {
    const [state] = judged('The nurse «is familiar with» the partograph.');
    assert.match(state.message, /^"is familiar with" is a state of mind, which cannot be observed: say what the learner will do, for example "/);
    const [folded] = expectReports('objective-not-measurable', {
      'objective.md': '---\ntype: objective\nid: OBJ-1\nstatement: |-\n  Midwives will «appreciate the\n  value of» respectful care.\n---\n',
    });
    assert.match(folded.message, /^"appreciate the value of" cannot be observed or measured: /);
  });

  it('offers no replacement for a statement without behaviour', () => {
    const [finding] = expectReports('objective-not-measurable', { 'objective.md': '---\ntype: objective\nid: OBJ-1\nstatement: «Hand hygiene.»\n---\n' });
    assert.equal(finding.data?.reason, 'no-behaviour');
    assert.equal(finding.data?.replaceable, undefined);
  });

  it('marks the third person only for the vague verb itself, inflected', () => {
    const thirdPerson = (statement: string) => judged(statement)[0].data?.thirdPerson;
    assert.equal(thirdPerson('The nurse «understands» the five moments.'), true);
    assert.equal(thirdPerson('Nurses «are familiar with» the partograph.'), undefined, '"are" does not end in s');
    assert.equal(thirdPerson('«Possess knowledge of» the partograph.'), undefined, 'an imperative that ends in s');
    assert.equal(thirdPerson('List the danger signs. The nurse «knows» the risks.'), true, 'an earlier verb in the base form');
    assert.equal(thirdPerson('THE NURSE «UNDERSTANDS» THE FIVE MOMENTS.'), true);
  });
});
