import { missingLinkRule } from './rule';

export const lessonWithoutObjectives = missingLinkRule('lesson-without-objectives', 'lesson', 'objectives',
  '{item} references no objective: list the objectives it teaches under "objectives:".',
  'A lesson references the objectives it teaches (step 6).');
