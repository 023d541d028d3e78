import { unreferencedRule } from './rule';

export const objectiveNotAssessed = unreferencedRule('objective-not-assessed', 'objective', ['assessment'], 'objectives',
  'No assessment references objective {id}: add an assessment for it in step 7.',
  'Every objective is assessed by at least one assessment (step 7).');
