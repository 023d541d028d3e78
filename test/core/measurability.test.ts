import assert from 'node:assert/strict';
import { Measurability, OBSERVABLE_VERBS, behaviourCandidates } from '../../server/src/core';
import { findingsWith, objectiveFile } from './helpers';

/** Objective statements written the way health-worker training plans write them, each with its verb. */
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

/** Statements that do not name an observable behaviour, and the phrase blamed (undefined: no action verb). */
const NOT_MEASURABLE: [statement: string, phrase: string | undefined][] = [
  ['Understand the importance of hand hygiene.', 'understand the importance of'],
  ['Nurses will understand the five moments for hand hygiene.', 'understand'],
  ['Given a case, the nurse will understand the steps of triage.', 'understand'],
  ['The CHW understands how to use the MUAC tape.', 'understand'],
  ['Understands the principles of waste segregation.', 'understand'],
  ['Nurses will know the five moments for hand hygiene.', 'know'],
  ['Know how to prepare ORS.', 'know'],
  ['Learn about infection prevention and control.', 'learn'],
  ['Students will learn to take blood pressure.', 'learn'],
  ['Appreciate the role of the community health worker.', 'appreciate'],
  ['Midwives will appreciate the value of respectful maternity care.', 'appreciate'],
  ['The trainee will believe in the value of exclusive breastfeeding.', 'believe'],
  ['Realize the consequences of needle-stick injuries.', 'realize'],
  ['Be aware of the danger signs in pregnancy.', 'be aware of'],
  ['The participant will become aware of gender-based violence referral pathways.', 'become aware of'],
  ['Participants will be familiar with the partograph.', 'be familiar with'],
  ['Is familiar with the essential medicines list.', 'be familiar with'],
  ['Become familiar with the HMIS forms.', 'become familiar with'],
  ['Have knowledge of the cold chain.', 'have knowledge of'],
  ['The health worker has knowledge of the referral pathway.', 'have knowledge of'],
  ['Knowledge of the immunization schedule.', 'knowledge of'],
  ['Understanding of malaria case management.', 'understanding of'],
  ['Awareness of the five moments.', 'awareness of'],
  ['Develop an understanding of family planning methods.', 'develop an understanding of'],
  ['Recognize the importance of the cold chain.', 'recognize the importance of'],
  ['Nurses should be able to comprehend the national TB guidelines.', 'comprehend'],
  ['Health workers will grasp the concept of standard precautions.', 'grasp'],
  ['Midwives will value respectful maternity care.', 'value'],
  ['Gain an appreciation of patient-centred care.', 'gain an appreciation of'],
  ['Be exposed to the latest WHO guidelines on HIV testing.', 'be exposed to'],
  ['Feel confident in counselling HIV-positive mothers.', 'feel'],
  ['Hand hygiene.', undefined],
  ['Basic principles of infection prevention.', undefined],
  ['The importance of handwashing', undefined],
  ['Danger signs in newborns', undefined],
  ['Module 3: Sharps safety', undefined],
  ['Introduction to the integrated management of childhood illness', undefined],
  ['Infection prevention and control practices', undefined],
  ['Waste management in health facilities', undefined],
  ['The nurse will be competent in triage.', undefined],
];

describe('measurability judge', () => {
  const judge = new Measurability();

  it('has at least 30 real-looking statements each way', () => {
    assert.ok(MEASURABLE.length >= 30 && NOT_MEASURABLE.length >= 30);
  });

  describe('measurable statements', () => {
    for (const [statement, verb] of MEASURABLE) {
      it(statement, () => {
        const verdict = judge.judge(statement);
        assert.ok(verdict.measurable, JSON.stringify(verdict));
        assert.equal(verdict.verb, verb);
        assert.ok(verdict.levels.length > 0);
      });
    }
  });

  describe('statements that are not measurable', () => {
    for (const [statement, phrase] of NOT_MEASURABLE) {
      it(statement, () => {
        const verdict = judge.judge(statement);
        assert.equal(verdict.measurable, false, JSON.stringify(verdict));
        if (verdict.measurable) return;
        assert.equal(verdict.reason, phrase === undefined ? 'no-action-verb' : 'non-observable');
        if (verdict.reason === 'non-observable') assert.equal(verdict.phrase, phrase);
        assert.ok(verdict.suggestions.length > 0);
        for (const suggestion of verdict.suggestions) assert.ok(judge.judge(suggestion).measurable, `suggestion ${suggestion} is measurable`);
      });
    }
  });

  it('suggests only measurable verbs in the diagnostic message', () => {
    for (const [statement] of NOT_MEASURABLE) {
      const [finding] = findingsWith('objective-not-measurable', objectiveFile(statement));
      const suggested = [...finding.message.replace(/^.*for example /, '').matchAll(/"([^"]+)"/g)].map(match => match[1]);
      assert.ok(suggested.length >= 2, finding.message);
      for (const verb of suggested) assert.ok(judge.judge(verb).measurable, `${verb} in: ${finding.message}`);
    }
  });

  it('gives Bloom levels for an observable verb, in any case', () => {
    assert.deepEqual(judge.levelsOf('Calculate'), ['apply']);
    assert.ok(judge.levelsOf('identify')!.includes('remember'));
    assert.equal(judge.levelsOf('understand'), undefined);
    assert.ok(OBSERVABLE_VERBS.perform.includes('perform'));
  });

  it('finds the behaviour after each lead-in, then in the statement and after each comma', () => {
    assert.deepEqual(behaviourCandidates('Given  a kit, the CHW will perform a test'),
      ['perform a test', 'given a kit, the chw will perform a test', 'the chw will perform a test']);
  });

  describe('configured verb lists', () => {
    it('accepts extra measurable verbs, in any case and inflection', () => {
      const statement = 'Given a newborn, the mother will kangaroo the baby skin to skin for one hour.';
      assert.equal(judge.judge(statement).measurable, false);
      const configured = new Measurability({ measurable: ['Kangaroo'] });
      assert.deepEqual(configured.judge(statement), { measurable: true, verb: 'kangaroo', levels: ['apply'] });
      assert.equal(configured.judge('The mother kangaroos her baby for one hour.').measurable, true);
    });

    it('accepts extra multi-word measurable verbs', () => {
      const configured = new Measurability({ measurable: ['scale up'] });
      assert.deepEqual(configured.judge('Scale up the ward audit to all wards.'), { measurable: true, verb: 'scale up', levels: ['apply'] });
    });

    it('flags extra non-measurable verbs and phrases, with general measurable suggestions', () => {
      const configured = new Measurability({ nonMeasurable: ['Witness', 'be exposed to the idea of'] });
      const witness = configured.judge('The nurse will witness the handover.');
      assert.ok(!witness.measurable && witness.reason === 'non-observable' && witness.phrase === 'witness');
      assert.ok(witness.suggestions.every(verb => judge.judge(verb).measurable));
      const idea = configured.judge('Be exposed to the idea of kangaroo care.');
      assert.ok(!idea.measurable && idea.reason === 'non-observable' && idea.phrase === 'be exposed to the idea of');
    });

    it('lets a configured non-measurable verb override a built-in observable one', () => {
      const configured = new Measurability({ nonMeasurable: ['review'] });
      assert.ok(judge.judge('Review the partograph every 30 minutes.').measurable);
      assert.equal(configured.judge('Review the partograph every 30 minutes.').measurable, false);
    });
  });
});
