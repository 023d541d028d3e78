import { parseProblemRule } from './rule';

/** Extension to the contract: a Markdown file that could not be read as text is named, not silently ignored. */
export const fileSkipped = parseProblemRule('file-skipped', 'warning',
  'The file is binary, too large or not UTF-8 text, so it was not checked.');
