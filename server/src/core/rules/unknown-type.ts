import { parseProblemRule } from './rule';

export const unknownType = parseProblemRule('unknown-type', 'error',
  '`type:` nearly names one of the 12 design kinds (another case or number, or a small typo); other values belong to other tools and are not reported.');
