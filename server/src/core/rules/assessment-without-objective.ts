import { missingLinkRule } from './rule';

export const assessmentWithoutObjective = missingLinkRule('assessment-without-objective', 'assessment', 'objectives',
  '{item} references no objective: list the objectives it assesses under "objectives:".',
  'An assessment references the objectives it assesses (step 6).');
