import assert from 'node:assert/strict';
import { ObjectiveVocabulary, analyzeStatement, type StatementAnalysis } from '../../server/src/core';

const MEASURABLE: [statement: string, verb: string][] = [
  ['Given soap, water and a sink, the nurse will perform the six-step hand wash in at least 40 seconds.', 'perform'],
  ['Given five written ward scenarios, the nurse will identify which of the five moments for hand hygiene applies in each.', 'identify'],
  ['Given a medication order and an injection manikin, the nurse will prepare and give an intramuscular injection without recapping.', 'prepare'],
  ['Given a rapid diagnostic test kit, the CHW will perform a malaria RDT and read the result within 15 to 20 minutes.', 'perform'],
  ['Given a blood pressure cuff, the student will measure blood pressure within 4 mmHg of the instructor\'s reading.', 'measure'],
  ['Given a simulated patient, the nurse will take and record vital signs within 10 minutes.', 'take'],
  ['Given a case scenario, differentiate between severe and some dehydration using the IMCI chart.', 'differentiate'],
  ['Given a timer, count the respiratory rate of a child for one full minute.', 'count'],
  ['Given a patient who will undergo surgery, prepare the skin with chlorhexidine following the checklist.', 'prepare'],
  ['Using a MUAC tape, measure the mid-upper arm circumference of a child aged 6 to 59 months to the nearest millimetre.', 'measure'],
  ['Using the partograph, plot cervical dilatation and identify when labour crosses the alert line.', 'plot'],
  ['Using the four-symptom screening tool, screen every adult outpatient for TB.', 'screen'],
  ['Using the mother card, explain to a caregiver how to give ORS at home.', 'explain'],
  ['Using household bleach and the dilution chart, prepare a 0.5% chlorine solution.', 'prepare'],
  ['List the five moments for hand hygiene without error.', 'list'],
  ['List three danger signs of pre-eclampsia.', 'list'],
  ['State the national schedule for childhood immunizations from birth to 15 months.', 'state'],
  ['Name the four stages of labour.', 'name'],
  ['Describe the cold chain requirements for vaccines in three sentences.', 'describe'],
  ['Calculate the dose of amoxicillin dispersible tablets for a child by weight band.', 'calculate'],
  ['Correctly classify pneumonia in children under five using a respiratory rate timer.', 'classify'],
  ['Counsel a pregnant woman on birth preparedness using the counselling card, covering all six points.', 'counsel'],
  ['Refer a child with any general danger sign to the health facility within 24 hours.', 'refer'],
  ['Clean and disinfect an examination couch between patients with 0.5% chlorine.', 'clean'],
  ['Weigh a newborn and plot the weight on the growth chart.', 'weigh'],
  ['Perform bag-and-mask ventilation on a newborn manikin within the golden minute.', 'perform'],
  ['Put on gown, mask, goggles and gloves in the order of the national guideline.', 'put on'],
  ['The CHW correctly identifies danger signs in a sick child using the iCCM chart booklet.', 'identify'],
  ['The community health worker refers every child with chest indrawing on the same day.', 'refer'],
  ['The health worker demonstrates the preparation of oral rehydration solution.', 'demonstrate'],
  ['The pharmacist dispenses ARVs according to the national protocol with no errors.', 'dispense'],
  ['Midwives identify three signs of obstructed labour on a partograph.', 'identify'],
  ['The nurse puts on a gown before entering the isolation room.', 'put on'],
  ['She correctly plots the child\'s weight on the growth chart.', 'plot'],
  ['Community health volunteers record each household visit in the register.', 'record'],
  ['By the end of the session, participants will be able to demonstrate donning of PPE in the correct order.', 'demonstrate'],
  ['The midwife will be able to manage postpartum haemorrhage according to national guidelines.', 'manage'],
  ['At the end of training, nurses should be able to insert a peripheral cannula on a manikin at the first attempt.', 'insert'],
  ['Be able to administer the first dose of an antimalarial before referral.', 'administer'],
  ['Trainees will prioritize patients in the emergency department using the triage algorithm.', 'prioritize'],
  ['Participants will accurately record vaccination data in the immunization register.', 'record'],
  ['Nurses will dispose of sharps in a puncture-proof container immediately after use.', 'dispose'],
  ['Health workers can fill in the monthly HMIS reporting form with no missing fields.', 'fill'],
  ['The trainee will be able to name the four stages of labour.', 'name'],
  ['To identify the five moments for hand hygiene in a ward scenario.', 'identify'],
];

const NOT_MEASURABLE: [statement: string, phrase: string | undefined][] = [
  ['Understand the importance of hand hygiene.', 'Understand the importance of'],
  ['Nurses will understand the five moments for hand hygiene.', 'understand'],
  ['Given a case, the nurse will understand the steps of triage.', 'understand'],
  ['The CHW understands how to use the MUAC tape.', 'understands how'],
  ['Understands the principles of waste segregation.', 'Understands'],
  ['Nurses will know the five moments for hand hygiene.', 'know'],
  ['Know how to prepare ORS.', 'Know how'],
  ['Learn about infection prevention and control.', 'Learn about'],
  ['Students will learn to take blood pressure.', 'learn to'],
  ['Appreciate the role of the community health worker.', 'Appreciate the role of'],
  ['Midwives will appreciate the value of respectful maternity care.', 'appreciate the value of'],
  ['The trainee will believe in the value of exclusive breastfeeding.', 'believe in'],
  ['Realize the consequences of needle-stick injuries.', 'Realize'],
  ['Be aware of the danger signs in pregnancy.', 'Be aware of'],
  ['The participant will become aware of gender-based violence referral pathways.', 'become aware of'],
  ['Participants will be familiar with the partograph.', 'be familiar with'],
  ['Is familiar with the essential medicines list.', 'Is familiar with'],
  ['Become familiar with the HMIS forms.', 'Become familiar with'],
  ['Have knowledge of the cold chain.', 'Have knowledge of'],
  ['The health worker has knowledge of the referral pathway.', 'has knowledge of'],
  ['Knowledge of the immunization schedule.', 'Knowledge of'],
  ['Understanding of malaria case management.', 'Understanding of'],
  ['Awareness of the five moments.', 'Awareness of'],
  ['Develop an understanding of family planning methods.', 'Develop an understanding of'],
  ['Recognize the importance of the cold chain.', 'Recognize the importance of'],
  ['Nurses should be able to comprehend the national TB guidelines.', 'comprehend'],
  ['Health workers will grasp the concept of standard precautions.', 'grasp'],
  ['Midwives will value respectful maternity care.', 'value'],
  ['Gain an appreciation of patient-centred care.', 'Gain an appreciation of'],
  ['Be exposed to the latest WHO guidelines on HIV testing.', 'Be exposed to'],
  ['Feel confident in counselling HIV-positive mothers.', 'Feel confident in'],
  ['Hand hygiene.', undefined],
  ['Basic principles of infection prevention.', undefined],
  ['The importance of handwashing', undefined],
  ['Danger signs in newborns', undefined],
  ['Module 3: Sharps safety', undefined],
  ['Introduction to the integrated management of childhood illness', undefined],
  ['Infection prevention and control practices', undefined],
    ['The nurse will be competent in triage.', 'be competent in'],
];

/** Observable verbs no list names, British spellings, adverbs, lead-ins and compounds, each with its verbs. */
const READ_AS_WRITTEN: [statement: string, lemmas: string[]][] = [
  ['Merge two branches.', ['merge']],
  ['Debug a failing unit test.', ['debug']],
  ['Negotiate a discharge plan with the family.', ['negotiate']],
  ['Reconcile the stock card with the physical count.', ['reconcile']],
  ['Escalate a deteriorating patient to the doctor on call.', ['escalate']],
  ['Load and plot the survey data in a notebook.', ['load', 'plot']],
  ['Create, modify and print a spreadsheet.', ['create', 'modify', 'print']],
  ['Critically appraise a randomised controlled trial.', ['appraise']],
  ['Safely dispose of used needles.', ['dispose']],
  ['Recognise, organise and summarise the findings.', ['recognize', 'organize', 'summarize']],
  ['Analyse the results and practise the technique.', ['analyze', 'practice']],
  ['Recognise the signs of sepsis.', ['recognize']],
  ['Midwives are trained to explain the partograph.', ['explain']],
  ['On completing this module, you will be able to merge two branches.', ['merge']],
  ['By the end of this lesson, learners will be able to: Calibrate a scale.', ['calibrate']],
  ['The CHW correctly identifies danger signs and refers the child.', ['identify', 'refer']],
  ['Describe the metadata an experiment will generate.', ['describe']],
  ['Write code that other people can read and understand.', ['write']],
  ['Demonstrate the use of an AED.', ['demonstrate']],
  ['Demonstrate the ability to calculate drug dosages.', ['demonstrate', 'calculate']],
  ['Relate system structure to its physiological function.', ['relate']],
  ['Recognize when someone needs CPR.', ['recognize']],
];

/** Vague behaviour dressed as a verb, trainer-centred statements, vague verbs among observable ones. */
const VAGUE_IN_CONTEXT: [statement: string, phrase: string][] = [
  ['Demonstrate an understanding of research ethics.', 'Demonstrate an understanding of'],
  ['Demonstrate knowledge of the cold chain.', 'Demonstrate knowledge of'],
  ['Recognize that hand hygiene prevents infection.', 'Recognize that'],
  ['Recognise how stigma affects care.', 'Recognise how'],
  ['Relate to the topic.', 'Relate to'],
  ['To provide participants with knowledge of malaria.', 'To provide'],
  ['To inform nurses about the new guidelines.', 'To inform'],
  ['To foster an understanding of respectful care.', 'To foster'],
  ['This lesson introduces people to OpenRefine.', 'This lesson introduces'],
  ['Access and summarize the data, and understand the results.', 'understand'],
  ['Load the data and reflect on the results.', 'reflect on'],
  ['Get familiar with the command line.', 'Get familiar with'],
  ['Increase awareness of gender-based violence.', 'Increase awareness of'],
  ['Use the web to learn about training practices.', 'learn about'],
];

/**
 * Reads a statement with a vocabulary of its own: analyses are cached per vocabulary, and a test must see the
 * reading of the code under test, not one kept from an earlier call.
 */
function analyze(statement: string, vocabulary = new ObjectiveVocabulary()): StatementAnalysis {
  return analyzeStatement(statement, vocabulary);
}

function lemmas(statement: string): string[] {
  return analyze(statement).behaviours.map(behaviour => behaviour.lemma);
}

function vaguePhrases(statement: string): string[] {
  return analyze(statement).vague.map(vague => vague.phrase);
}

describe('analyzeStatement', () => {
  describe('observable statements: the first behaviour and nothing vague', () => {
    for (const [statement, verb] of MEASURABLE) {
      it(statement, () => {
        const analysis = analyze(statement);
        assert.deepEqual(analysis.vague, []);
        assert.equal(analysis.behaviours[0]?.lemma, verb);
        assert.ok(analysis.behaviours[0].observable);
      });
    }
  });

  describe('statements whose behaviour is not observable, and the phrase reported', () => {
    for (const [statement, phrase] of NOT_MEASURABLE) {
      it(statement, () => {
        const [vague, ...others] = analyze(statement).vague;
        assert.deepEqual(others, []);
        assert.equal(vague.phrase, phrase ?? statement);
        assert.equal(vague.reason === 'no-behaviour', phrase === undefined);
        assert.ok(vague.suggestions.length >= 2);
        for (const suggestion of vague.suggestions) assert.deepEqual(analyze(`${suggestion} the steps.`).vague, [], suggestion);
      });
    }
  });

  describe('reads the behaviours as written', () => {
    for (const [statement, expected] of READ_AS_WRITTEN) {
      it(statement, () => {
        assert.deepEqual(vaguePhrases(statement), []);
        assert.deepEqual(lemmas(statement), expected);
      });
    }
  });

  describe('reports the vague phrase in context', () => {
    for (const [statement, phrase] of VAGUE_IN_CONTEXT) {
      it(statement, () => assert.deepEqual(vaguePhrases(statement), [phrase]));
    }
  });

  it('gives the span, Bloom levels and domain of each behaviour', () => {
    const statement = 'Given a manikin, the nurse will put on gloves and inject 0.5 ml.';
    const [putOn, inject] = analyze(statement).behaviours;
    assert.equal(statement.slice(putOn.span.start, putOn.span.end), 'put on');
    assert.equal(putOn.lemma, 'put on');
    assert.deepEqual(putOn.bloom, ['perform']);
    assert.equal(putOn.domain, 'psychomotor');
    assert.equal(inject.domain, 'psychomotor');
    assert.deepEqual(analyze('Set up a sterile field.').behaviours.map(behaviour => [behaviour.lemma, behaviour.domain]), [['set up', 'psychomotor']]);
    assert.equal(analyze('Explain the cold chain.').behaviours[0].domain, 'cognitive');
    assert.equal(analyze('Advocate for the patient at the handover.').behaviours[0].domain, 'affective');
    assert.equal(analyze('Merge two branches.').behaviours[0].bloom?.includes('apply'), true);
  });

  it('gives the span of the vague phrase, in the statement', () => {
    const statement = 'Participants will be familiar with the partograph.';
    const [vague] = analyze(statement).vague;
    assert.equal(statement.slice(vague.span.start, vague.span.end), 'be familiar with');
  });

  it('reads the condition and the criterion', () => {
    const analysis = analyze('Given soap, water and a sink, the nurse will perform the six-step hand wash in at least 40 seconds.');
    assert.equal(analysis.condition?.text, 'Given soap, water and a sink');
    assert.equal(analysis.criterion?.text, 'at least 40');
    assert.equal(analyze('Name the four stages of labour.').criterion, undefined);
    assert.equal(analyze('Write a query using SQL.').condition, undefined);
  });

  describe('configured verb lists', () => {
    it('accepts extra measurable verbs, in any case, over the built-in vague ones', () => {
      const configured = new ObjectiveVocabulary({ measurable: ['Explore'] });
      assert.deepEqual(vaguePhrases('Explore the data set.'), ['Explore']);
      assert.deepEqual(analyze('Explore the data set.', configured).vague, []);
    });

    it('flags extra non-measurable verbs and phrases wherever they stand', () => {
      const configured = new ObjectiveVocabulary({ nonMeasurable: ['Witness', 'be exposed to the idea of'] });
      assert.deepEqual(analyze('The nurse will witness the handover.', configured).vague.map(vague => [vague.phrase, vague.reason]), [['witness', 'configured']]);
      assert.deepEqual(analyze('Review the partograph every 30 minutes.', new ObjectiveVocabulary({ nonMeasurable: ['review'] })).vague.map(vague => vague.phrase), ['Review']);
    });
  });

  it('never fails on odd input', () => {
    for (const text of ['', '   ', '[[[[[[', '...', '“”', 'a'.repeat(5000), '[ '.repeat(3000), 'Given:', '1.2.3']) {
      const analysis = analyze(text);
      assert.ok(Array.isArray(analysis.behaviours) && Array.isArray(analysis.vague));
    }
  });
});
