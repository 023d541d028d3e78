import { unreferencedRule } from './rule';

export const objectiveWithoutActivity = unreferencedRule('objective-without-activity', 'objective', ['activity', 'lesson'], 'objectives',
  'No activity or lesson references objective {id}: plan how learners practise it (step 8) or teach it in a lesson (step 9).',
  'Every objective is practised in an activity or taught in a lesson (steps 8–9).');
