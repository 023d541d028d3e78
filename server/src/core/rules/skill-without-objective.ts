import { unreferencedRule } from './rule';

export const skillWithoutObjective = unreferencedRule('skill-without-objective', 'skill', ['objective'], 'skills',
  'No objective references skill {id}: write an objective for it (step 6) or drop it if it is not essential.',
  'Every essential skill is the subject of at least one objective (step 6).');
