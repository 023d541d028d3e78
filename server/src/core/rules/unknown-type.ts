import { parseProblemRule } from './rule';

export const unknownType = parseProblemRule('unknown-type', 'error',
  '`type:` is not one of the 12 design kinds.');
