import { parseProblemRule } from './rule';

export const frontMatterSyntax = parseProblemRule('front-matter-syntax', 'error',
  'The front matter is not valid YAML.');
