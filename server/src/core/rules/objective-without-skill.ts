import { missingLinkRule } from './rule';

export const objectiveWithoutSkill = missingLinkRule('objective-without-skill', 'objective', 'skills',
  '{item} references no skill: list the essential skills it builds under "skills:".',
  'An objective references at least one essential skill (step 5).');
